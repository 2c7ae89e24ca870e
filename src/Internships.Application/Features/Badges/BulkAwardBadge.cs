namespace Internships.Application.Features.Badges;

public enum RosterRowOutcome
{
    Awarded,

    /// <summary>The student already holds the badge.</summary>
    Skipped,

    /// <summary>The row could not be awarded: unknown student, missing prerequisite, bad link.</summary>
    Rejected,
}

public sealed record RosterRowResult(int Line, string SisId, RosterRowOutcome Outcome, string? Reason, Guid? AwardId);

public sealed record RosterAwardReport(int Awarded, int Skipped, int Rejected, IReadOnlyList<RosterRowResult> Rows);

/// <summary>
/// A coordinator awards a badge to a roster: a CSV with a header, column <c>sisId</c> and optional <c>evidenceNarrative</c>
/// and <c>evidenceUrl</c>. A file that cannot be read awards nothing; otherwise every row is reported as awarded,
/// skipped (already held) or rejected (with the reason).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record BulkAwardBadgeCommand(int BadgeClassId, string Csv) : ICommand<RosterAwardReport>;

public sealed class BulkAwardBadgeValidator : AbstractValidator<BulkAwardBadgeCommand>
{
    public const int MaxBytes = 1024 * 1024;

    public BulkAwardBadgeValidator() => RuleFor(x => x.Csv).RosterCsv();
}

public sealed class BulkAwardBadgeHandler(IAppDbContext db, IClock clock) : ICommandHandler<BulkAwardBadgeCommand, RosterAwardReport>
{
    public async ValueTask<RosterAwardReport> Handle(BulkAwardBadgeCommand command, CancellationToken cancellationToken)
    {
        var badge = await BadgeRoster.LoadStudentBadgeAsync(db, command.BadgeClassId, cancellationToken);
        return await BadgeRoster.JudgeAsync(db, badge, BadgeRoster.Read(command.Csv), clock.UtcNow, apply: true, cancellationToken);
    }
}
