using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>A participant marks an online module (a requirement of kind OnlineModule) complete, saying what they did, with a link when there is one.</summary>
[Authorize]
public sealed record CompleteModuleCommand(string Narrative, string? EvidenceUrl) : ICommand<EnrolmentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int EnrolmentId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public int Step { get; init; }
}

public sealed class CompleteModuleValidator : AbstractValidator<CompleteModuleCommand>
{
    public CompleteModuleValidator()
    {
        RuleFor(x => x.Narrative).NotEmpty().WithMessageKey("Programmes.ModuleNarrativeRequired").StepNarrative();
        RuleFor(x => x.EvidenceUrl).StepUrl();
    }
}

public sealed class CompleteModuleAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<CompleteModuleCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CompleteModuleCommand request, CancellationToken cancellationToken) =>
        ProgrammeRules.EnrolmentAccessAsync(db, user, request.EnrolmentId, ProgrammeRules.Need.Module, cancellationToken);
}

public sealed class CompleteModuleHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<CompleteModuleCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(CompleteModuleCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return await db.RecordStepAndReadAsync(command.EnrolmentId, command.Step, RequirementKind.OnlineModule,
            module => ProgressEntry.ModuleCompleted(module, clock.Today, command.Narrative, command.EvidenceUrl, user.UserId!.Value, user.AccountName(), now),
            now, cancellationToken);
    }
}
