using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Reports;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Reports;

/// <summary>
/// The term-end schedule (a daily job, as the system identity): when a district term (fall: August–January, spring:
/// February–July) ended at most <paramref name="WindowDays"/> days before <paramref name="Today"/> and has no summary
/// yet (a failed one does not count), requests one, asked by "schedule". Answers the report's id, if one was requested.
/// </summary>
[Authorize(Roles.System)]
public sealed record RequestTermEndSummaryCommand(DateOnly Today, int WindowDays) : ICommand<int?>;

public sealed class RequestTermEndSummaryHandler(IAppDbContext db, IClock clock) : ICommandHandler<RequestTermEndSummaryCommand, int?>
{
    public const string RequestedBy = "schedule";

    public async ValueTask<int?> Handle(RequestTermEndSummaryCommand command, CancellationToken cancellationToken)
    {
        var term = ReportTerm.LastEndedBefore(command.Today);
        if (command.Today.DayNumber - term.End.DayNumber > command.WindowDays)
        {
            return null;
        }

        var exists = await db.Reports.AnyAsync(r => r.Kind == ReportKind.TermSummary && r.TermStart == term.Start && r.TermEnd == term.End
            && r.Status != ReportStatus.Failed, cancellationToken);
        return exists ? null : (await db.RequestTermSummaryAsync(term, RequestedBy, null, clock.UtcNow, cancellationToken)).Id;
    }
}
