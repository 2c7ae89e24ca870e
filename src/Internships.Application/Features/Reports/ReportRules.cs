using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>What every way of asking for a report follows: one report of the same thing in the making at a time.</summary>
internal static class ReportRules
{
    /// <summary>The reports a job has yet to finish.</summary>
    public static IQueryable<Report> Pending(this IQueryable<Report> reports) =>
        reports.Where(r => r.Status == ReportStatus.Queued || r.Status == ReportStatus.Running);

    /// <summary>Queues a term summary, unless one for the same dates is already queued or running: that one is answered.</summary>
    public static async Task<Report> RequestTermSummaryAsync(this IAppDbContext db, ReportTerm term, string requestedBy, int? userId, DateTime now,
        CancellationToken cancellationToken)
    {
        var pending = await db.Reports.AsNoTracking().Pending()
            .Where(r => r.Kind == ReportKind.TermSummary && r.TermStart == term.Start && r.TermEnd == term.End)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return pending;
        }

        var report = Report.ForTerm(term, requestedBy, userId, now);
        db.Reports.Add(report);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
