using Internships.Domain.Placements;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>A term's placements and what surrounds them: applications to the term's postings, badges awarded in it.</summary>
public sealed record TermSummaryData(
    ReportTerm Term,
    IReadOnlyList<TermPlacement> Placements,
    IReadOnlyList<PostingApplications> Postings,
    IReadOnlyList<TermApplicant> Applicants,
    IReadOnlyList<BadgeCount> Badges)
{
    public int Completed => Placements.Count(p => p.Status == PlacementStatus.Completed);

    /// <summary>Completed placements as a share of all the term's placements (0 when there are none).</summary>
    public double CompletionRate => Placements.Count == 0 ? 0 : (double)Completed / Placements.Count;

    public decimal ApprovedHours => Placements.Sum(p => p.ApprovedHours);

    public decimal WagesPaid => Placements.Sum(p => p.Wages);

    /// <summary>Placements grouped by <paramref name="key"/>, largest group first.</summary>
    public IReadOnlyList<PlacementGroup> By(Func<TermPlacement, string> key) =>
        Placements.GroupBy(key)
            .Select(g => new PlacementGroup(g.Key, g.Count(), g.Count(p => p.Status == PlacementStatus.Completed), g.Sum(p => p.ApprovedHours),
                g.Sum(p => p.Wages)))
            .OrderByDescending(g => g.Placements).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// For equity review: by school and grade, how many students applied to the term's postings, how many were placed,
    /// and how their placements ended.
    /// </summary>
    public IReadOnlyList<EquityRow> EquityBreakdown()
    {
        var placed = Placements.GroupBy(p => (p.School, p.Grade)).ToDictionary(g => g.Key, g => g.ToList());
        var applied = Applicants.GroupBy(a => (a.School, a.Grade)).ToDictionary(g => g.Key, g => g.Select(a => a.StudentId).Distinct().Count());
        return placed.Keys.Union(applied.Keys)
            .OrderBy(k => k.School, StringComparer.Ordinal).ThenBy(k => k.Grade)
            .Select(k =>
            {
                var rows = placed.GetValueOrDefault(k) ?? [];
                return new EquityRow(k.School, k.Grade, applied.GetValueOrDefault(k), rows.Select(p => p.StudentId).Distinct().Count(), rows.Count,
                    rows.Count(p => p.Status == PlacementStatus.Completed), rows.Sum(p => p.ApprovedHours), rows.Sum(p => p.Wages));
            })
            .ToList();
    }
}

public sealed record TermPlacement(
    int Id,
    int StudentId,
    string Student,
    int Grade,
    string School,
    string Pathway,
    string Employer,
    string Posting,
    DateOnly StartDate,
    DateOnly EndDate,
    PlacementStatus Status,
    decimal ApprovedHours,
    decimal HourlyWage)
{
    public decimal Wages => Math.Round(ApprovedHours * HourlyWage, 2);
}

public sealed record PlacementGroup(string Key, int Placements, int Completed, decimal ApprovedHours, decimal Wages)
{
    public double CompletionRate => Placements == 0 ? 0 : (double)Completed / Placements;
}

public sealed record PostingApplications(string Posting, string Employer, int Slots, int Applications, int Offers, int Accepted);

public sealed record TermApplicant(int StudentId, string School, int Grade);

public sealed record BadgeCount(string Badge, int Awarded);

public sealed record EquityRow(string School, int Grade, int Applicants, int StudentsPlaced, int Placements, int Completed, decimal ApprovedHours,
    decimal Wages);
