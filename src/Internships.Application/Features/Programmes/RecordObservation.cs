using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>
/// The cohort's observer scores an observation on its rubric (a requirement of kind Observation): one score from 1 to
/// 4 per criterion, in the rubric's order; it passes at the programme's passing total. Observing again replaces the result.
/// </summary>
[Authorize]
public sealed record RecordObservationCommand(int Step, DateOnly ObservedOn, IReadOnlyList<int> Scores, string? Notes) : ICommand<EnrolmentDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int EnrolmentId { get; init; }
}

public sealed class RecordObservationValidator : AbstractValidator<RecordObservationCommand>
{
    public RecordObservationValidator()
    {
        RuleFor(x => x.Step).GreaterThan(0).WithMessageKey("Programmes.StepRequired");
        RuleFor(x => x.Scores).NotEmpty().WithMessageKey("Programmes.ScoresRequired");
        RuleForEach(x => x.Scores).InclusiveBetween(ProgrammeRequirement.MinScore, ProgrammeRequirement.MaxScore).WithMessageKey("Programmes.ScoreOutOfRange");
        RuleFor(x => x.Notes).StepNarrative();
    }
}

public sealed class RecordObservationAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<RecordObservationCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RecordObservationCommand request, CancellationToken cancellationToken) =>
        ProgrammeRules.EnrolmentAccessAsync(db, user, request.EnrolmentId, ProgrammeRules.Need.Observation, cancellationToken);
}

public sealed class RecordObservationHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<RecordObservationCommand, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(RecordObservationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        return await db.RecordStepAndReadAsync(command.EnrolmentId, command.Step, RequirementKind.Observation,
            observation => ProgressEntry.Observed(observation, command.ObservedOn, command.Scores, command.Notes, user.UserId!.Value, user.AccountName(),
                now), now, cancellationToken);
    }
}
