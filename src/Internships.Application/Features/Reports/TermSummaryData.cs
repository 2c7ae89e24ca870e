using Internships.Application.Common.Interfaces;
using Internships.Domain.Applications;
using Internships.Domain.Placements;
using Internships.Domain.Reports;
using Microsoft.EntityFrameworkCore;

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

/// <summary>Reads a term summary's data: the placements overlapping the term and what surrounds them.</summary>
public sealed class TermSummarySource(IAppDbContext db)
{
    public async Task<TermSummaryData> LoadAsync(ReportTerm term, CancellationToken cancellationToken)
    {
        var (start, end) = (term.Start, term.End);
        var rows = await db.Placements.AsNoTracking()
            .Where(p => p.StartDate <= end && p.EndDate >= start)
            .Select(p => new
            {
                p.Id, p.StudentId, p.Student!.FirstName, p.Student.LastName, p.Student.Grade, p.Student.SchoolId, p.PostingId, p.Posting!.Title,
                Employer = p.Posting.Employer!.Name, p.StartDate, p.EndDate, p.Status, p.HourlyWage,
            })
            .ToListAsync(cancellationToken);

        var schools = await db.Schools.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var pathwayNames = await db.Pathways.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var termPostings = db.Postings.Where(p => p.StartDate <= end && p.EndDate >= start);
        var postingPathways = (await termPostings.SelectMany(p => p.Pathways).Select(x => new { x.PostingId, x.PathwayId }).ToListAsync(cancellationToken))
            .GroupBy(x => x.PostingId).ToDictionary(g => g.Key, g => g.Select(x => x.PathwayId).Order().ToList());
        var enrolments = (await db.PathwayEnrolments.AsNoTracking()
                .Where(e => db.Placements.Any(p => p.StudentId == e.StudentId && p.StartDate <= end && p.EndDate >= start))
                .Select(e => new { e.StudentId, e.PathwayId }).ToListAsync(cancellationToken))
            .GroupBy(e => e.StudentId).ToDictionary(g => g.Key, g => g.Select(e => e.PathwayId).ToHashSet());

        var hours = (await db.TimesheetEntries.AsNoTracking()
                .Where(t => t.Status == TimesheetStatus.Approved && db.Placements.Any(p => p.Id == t.PlacementId && p.StartDate <= end && p.EndDate >= start))
                .Select(t => new { t.PlacementId, t.Hours }).ToListAsync(cancellationToken))
            .GroupBy(t => t.PlacementId).ToDictionary(g => g.Key, g => g.Sum(t => t.Hours));

        string PathwayOf(int postingId, int studentId)
        {
            var ids = postingPathways.GetValueOrDefault(postingId) ?? [];
            var mine = enrolments.GetValueOrDefault(studentId);
            var id = ids.Cast<int?>().FirstOrDefault(i => mine?.Contains(i!.Value) == true) ?? ids.Cast<int?>().FirstOrDefault();
            return id is { } found && pathwayNames.TryGetValue(found, out var name) ? name : "—";
        }

        var placements = rows
            .OrderBy(r => r.LastName, StringComparer.Ordinal).ThenBy(r => r.FirstName, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => new TermPlacement(r.Id, r.StudentId, r.FirstName + " " + r.LastName, r.Grade, schools.GetValueOrDefault(r.SchoolId, "—"),
                PathwayOf(r.PostingId, r.StudentId), r.Employer, r.Title, r.StartDate, r.EndDate, r.Status, hours.GetValueOrDefault(r.Id), r.HourlyWage))
            .ToList();

        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.Posting!.StartDate <= end && a.Posting.EndDate >= start)
            .Select(a => new { a.PostingId, a.Status, a.StudentId, a.Student!.SchoolId, a.Student.Grade })
            .ToListAsync(cancellationToken);
        var postings = await termPostings.AsNoTracking()
            .Select(p => new { p.Id, p.Title, Employer = p.Employer!.Name, p.Slots })
            .ToListAsync(cancellationToken);
        var byPosting = applications.GroupBy(a => a.PostingId).ToDictionary(g => g.Key, g => g.ToList());
        var postingRows = postings
            .Select(p =>
            {
                var apps = byPosting.GetValueOrDefault(p.Id) ?? [];
                return new PostingApplications(p.Title, p.Employer, p.Slots, apps.Count,
                    apps.Count(a => a.Status is ApplicationStatus.Offered or ApplicationStatus.Accepted or ApplicationStatus.Declined),
                    apps.Count(a => a.Status == ApplicationStatus.Accepted));
            })
            .OrderByDescending(p => p.Applications).ThenBy(p => p.Posting, StringComparer.Ordinal)
            .ToList();
        var applicants = applications.Select(a => new TermApplicant(a.StudentId, schools.GetValueOrDefault(a.SchoolId, "—"), a.Grade))
            .DistinctBy(a => a.StudentId).ToList();

        var from = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var badges = (await db.BadgeAwards.AsNoTracking()
                .Where(a => a.IssuedAt >= from && a.IssuedAt < to && a.RevokedAt == null)
                .Select(a => a.BadgeClass!.Name).ToListAsync(cancellationToken))
            .GroupBy(n => n).Select(g => new BadgeCount(g.Key, g.Count()))
            .OrderByDescending(b => b.Awarded).ThenBy(b => b.Badge, StringComparer.Ordinal)
            .ToList();

        return new TermSummaryData(term, placements, postingRows, applicants, badges);
    }
}
