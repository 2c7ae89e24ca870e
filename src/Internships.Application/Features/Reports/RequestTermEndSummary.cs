using Internships.Application.Features.Terms;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// The term-end schedule (a daily job, as the system identity): for each term the district configured that ended at most
/// <paramref name="WindowDays"/> days before <paramref name="Today"/> and has no summary yet (a failed one does not
/// count), requests one, asked by "schedule". Answers the ids of the reports requested.
/// </summary>
[Authorize(Roles.System)]
public sealed record RequestTermEndSummaryCommand(DateOnly Today, int WindowDays) : ICommand<IReadOnlyList<int>>;

public sealed class RequestTermEndSummaryHandler(IAppDbContext db, IClock clock) : ICommandHandler<RequestTermEndSummaryCommand, IReadOnlyList<int>>
{
    public const string RequestedBy = "schedule";

    public async ValueTask<IReadOnlyList<int>> Handle(RequestTermEndSummaryCommand command, CancellationToken cancellationToken)
    {
        var earliest = command.Today.AddDays(-command.WindowDays);
        var ended = await db.Terms.AsNoTracking().EndedBy(command.Today).Where(t => t.EndDate >= earliest).ToListAsync(cancellationToken);
        var requested = new List<int>();
        foreach (var term in ended.Select(t => t.ToReportTerm()))
        {
            var exists = await db.Reports.AnyAsync(r => r.Kind == ReportKind.TermSummary && r.TermStart == term.Start && r.TermEnd == term.End
                && r.Status != ReportStatus.Failed, cancellationToken);
            if (!exists)
            {
                requested.Add((await db.RequestTermSummaryAsync(term, RequestedBy, null, clock.UtcNow, cancellationToken)).Id);
            }
        }

        return requested;
    }
}
