using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>What every way of asking for a report follows: one report of the same thing in the making at a time.</summary>
internal static class ReportRules
{
    /// <summary>The reports a job has yet to finish.</summary>
    public static IQueryable<Report> Pending(this IQueryable<Report> reports) =>
        reports.Where(r => r.Status == ReportStatus.Queued || r.Status == ReportStatus.Running);

    /// <summary>The reports as their users see them: a placement's report named by its student and posting.</summary>
    public static async Task<List<ReportDto>> ToDtosAsync(this IAppDbContext db, IReadOnlyCollection<Report> reports, ICurrentUser user,
        CancellationToken cancellationToken)
    {
        var placementIds = reports.Where(r => r.PlacementId is not null).Select(r => r.PlacementId!.Value).Distinct().ToList();
        var names = placementIds.Count == 0
            ? []
            : await db.Placements.AsNoTracking().Where(p => placementIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Student!.FirstName, p.Student.LastName, p.Posting!.Title })
                .ToDictionaryAsync(p => p.Id, p => $"{p.FirstName} {p.LastName}, {p.Title}", cancellationToken);
        return reports.Select(r => ReportDto.From(r, user, r.PlacementId is { } id ? names.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>
    /// Queues a term summary in <paramref name="language"/>, unless one for the same dates and language is already queued
    /// or running: that one is answered.
    /// </summary>
    public static async Task<Report> RequestTermSummaryAsync(this IAppDbContext db, ReportTerm term, string requestedBy, int? userId, DateTime now,
        CancellationToken cancellationToken, string language = Languages.Default)
    {
        var pending = await db.Reports.AsNoTracking().Pending()
            .Where(r => r.Kind == ReportKind.TermSummary && r.TermStart == term.Start && r.TermEnd == term.End && r.Language == language)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return pending;
        }

        var report = Report.ForTerm(term, requestedBy, userId, now, language);
        db.Reports.Add(report);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }
}
