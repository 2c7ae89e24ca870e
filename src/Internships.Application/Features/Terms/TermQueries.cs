using Internships.Domain.Reports;
using Internships.Domain.Terms;

namespace Internships.Application.Features.Terms;

/// <summary>Reading the district's terms, for the slices that filter by one.</summary>
public static class TermQueries
{
    public static TermDto ToDto(this Term term) => new(term.Id, term.Name, term.StartDate, term.EndDate);

    public static ReportTerm ToReportTerm(this Term term) => new(term.Name, term.StartDate, term.EndDate);

    /// <summary>The term, or a 404 that names it.</summary>
    public static async Task<Term> FindTermAsync(this IAppDbContext db, int termId, CancellationToken cancellationToken) =>
        await db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == termId, cancellationToken) ?? throw NotFoundException.For("Term", termId);

    /// <summary>The term when one is named, else null (no filter).</summary>
    public static async Task<Term?> FindTermOrNullAsync(this IAppDbContext db, int? termId, CancellationToken cancellationToken) =>
        termId is { } id ? await db.FindTermAsync(id, cancellationToken) : null;

    /// <summary>The terms that ended on or before <paramref name="today"/>, the latest first.</summary>
    public static IQueryable<Term> EndedBy(this IQueryable<Term> terms, DateOnly today) =>
        terms.Where(t => t.EndDate < today).OrderByDescending(t => t.EndDate).ThenByDescending(t => t.StartDate);
}
