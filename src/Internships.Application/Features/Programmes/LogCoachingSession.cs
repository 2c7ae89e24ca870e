using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>The cohort's coach logs a one-on-one coaching session held with a participant (a requirement of kind Coaching).</summary>
[Authorize]
public sealed record LogCoachingSessionCommand(int Step, DateOnly HeldOn, string? Notes) : ICommand<EnrolmentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int EnrolmentId { get; init; }
}

public sealed class LogCoachingSessionValidator : AbstractValidator<LogCoachingSessionCommand>
{
    public LogCoachingSessionValidator()
    {
        RuleFor(x => x.Step).GreaterThan(0).WithMessageKey("Programmes.StepRequired");
        RuleFor(x => x.Notes).StepNarrative();
    }
}

public sealed class LogCoachingSessionAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<LogCoachingSessionCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(LogCoachingSessionCommand request, CancellationToken cancellationToken) =>
        ProgrammeRules.EnrolmentAccessAsync(db, user, request.EnrolmentId, ProgrammeRules.Need.Coaching, cancellationToken);
}

public sealed class LogCoachingSessionHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<LogCoachingSessionCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(LogCoachingSessionCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return await db.RecordStepAndReadAsync(command.EnrolmentId, command.Step, RequirementKind.Coaching,
            coaching => ProgressEntry.CoachingSession(coaching, command.HeldOn, command.Notes, user.UserId!.Value, user.AccountName(), now),
            now, cancellationToken);
    }
}
