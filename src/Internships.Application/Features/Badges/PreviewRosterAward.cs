namespace Internships.Application.Features.Badges;

/// <summary>
/// What awarding a badge to a roster would do now, row by row, without awarding anything: the rows that would be awarded
/// (reported as <see cref="RosterRowOutcome.Awarded"/>, with no award id), skipped and rejected, with the reasons. A file
/// that cannot be read is a 400 naming it, as when applying.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record PreviewRosterAwardQuery(int BadgeClassId, string Csv) : IQuery<RosterAwardReport>;

public sealed class PreviewRosterAwardValidator : AbstractValidator<PreviewRosterAwardQuery>
{
    public PreviewRosterAwardValidator() => RuleFor(x => x.Csv).RosterCsv();
}

public sealed class PreviewRosterAwardHandler(IAppDbContext db, IClock clock) : IQueryHandler<PreviewRosterAwardQuery, RosterAwardReport>
{
    public async ValueTask<RosterAwardReport> Handle(PreviewRosterAwardQuery query, CancellationToken cancellationToken)
    {
        var badge = await BadgeRoster.LoadStudentBadgeAsync(db, query.BadgeClassId, cancellationToken);
        return await BadgeRoster.JudgeAsync(db, badge, BadgeRoster.Read(query.Csv), clock.UtcNow, apply: false, cancellationToken);
    }
}
