using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>
/// The cohort's trainer takes the attendance roster of a session (a requirement of kind Session): present or absent
/// for each participant listed. Taking it again corrects it: the last word counts.
/// </summary>
[Authorize]
public sealed record RecordAttendanceCommand(int Step, DateOnly HeldOn, IReadOnlyList<AttendanceMark> Marks) : ICommand<CohortRosterDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int CohortId { get; init; }
}

public sealed record AttendanceMark(int EnrolmentId, bool Present);

public sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendanceCommand>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.Step).GreaterThan(0).WithMessageKey("Programmes.StepRequired");
        RuleFor(x => x.Marks).NotEmpty().WithMessageKey("Programmes.MarksRequired")
            .Must(m => m is null || m.Select(x => x.EnrolmentId).Distinct().Count() == m.Count).WithMessageKey("Programmes.MarksRepeated");
    }
}

public sealed class RecordAttendanceAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<RecordAttendanceCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RecordAttendanceCommand request, CancellationToken cancellationToken) =>
        ProgrammeRules.CohortAccessAsync(db, user, request.CohortId, RequirementKind.Session, cancellationToken);
}

public sealed class RecordAttendanceHandler(IAppDbContext db, ICurrentUser user, IClock clock, ISender sender)
    : ICommandHandler<RecordAttendanceCommand, CohortRosterDto>
{
    public async ValueTask<CohortRosterDto> Handle(RecordAttendanceCommand command, CancellationToken cancellationToken)
    {
        var ids = command.Marks.Select(m => m.EnrolmentId).ToList();
        var enrolments = await db.ProgrammeEnrolments.Include(e => e.Entries).Where(e => e.CohortId == command.CohortId && ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        if (enrolments.Count != ids.Count)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.Marks), ValidationText.Get("Programmes.NotInCohort"))]);
        }

        var now = clock.UtcNow;
        foreach (var mark in command.Marks.Where(m => !enrolments[m.EnrolmentId].IsCompleted))
        {
            await db.RecordStepAsync(enrolments[mark.EnrolmentId], command.Step, RequirementKind.Session,
                session => ProgressEntry.Attendance(session, mark.Present, command.HeldOn, user.UserId!.Value, user.AccountName(), now), now, cancellationToken);
        }

        // Saved here so the roster read below sees the attendance; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await sender.Send(new GetCohortRosterQuery(command.CohortId), cancellationToken);
    }
}
