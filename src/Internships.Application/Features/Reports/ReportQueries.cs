using Internships.Domain.Applications;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>Reads a placement report's data. No authorisation here: the request was authorised when it was made.</summary>
public sealed class PlacementReportSource(IAppDbContext db, IOpenBadges openBadges)
{
    public async Task<PlacementReportData> LoadAsync(int placementId, CancellationToken cancellationToken)
    {
        var p = await db.Placements.AsNoTracking()
            .Where(x => x.Id == placementId)
            .Select(x => new
            {
                x.Id, x.StudentId, x.Student!.FirstName, x.Student.LastName, x.Student.SisId, x.Student.Grade, x.Student.SchoolId, x.PostingId,
                x.Posting!.Title, Employer = x.Posting.Employer!.Name, x.SupervisorId, x.StartDate, x.EndDate, x.Status, x.HourlyWage, x.RequiredHours,
            })
            .FirstOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Placement", placementId);

        var school = await db.Schools.Where(s => s.Id == p.SchoolId).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var supervisor = p.SupervisorId is { } supervisorId
            ? await db.Supervisors.Where(s => s.Id == supervisorId).Select(s => new { Name = s.FirstName + " " + s.LastName, s.JobTitle })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var pathway = await PathwayOfAsync(p.PostingId, p.StudentId, cancellationToken);
        var approved = (await db.TimesheetEntries.AsNoTracking()
                .Where(t => t.PlacementId == placementId && t.Status == TimesheetStatus.Approved)
                .Select(t => t.Hours).ToListAsync(cancellationToken))
            .Sum();

        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.PlacementId == placementId).ToListAsync(cancellationToken);
        var midpoint = evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.Midpoint);
        var final = evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.Final);
        var competencies = evaluations.SelectMany(e => e.Ratings).Select(r => (r.CompetencyKey, r.CompetencyName))
            .DistinctBy(c => c.CompetencyKey).ToList();
        var scores = competencies
            .Select(c => new CompetencyScores(c.CompetencyName, midpoint?.ScoreFor(c.CompetencyKey), final?.ScoreFor(c.CompetencyKey)))
            .ToList();

        var awards = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass)
            .Where(a => a.PlacementId == placementId)
            .OrderBy(a => a.IssuedAt)
            .ToListAsync(cancellationToken);
        var badges = awards.Select(a => new EarnedBadge(a.BadgeClass!.Name, a.IssuedAt, openBadges.LinksFor(a).VerificationPage, a.IsRevoked)).ToList();

        return new PlacementReportData(
            p.Id, p.FirstName + " " + p.LastName, p.SisId, p.Grade, school, pathway, p.Employer, p.Title, supervisor?.Name, supervisor?.JobTitle,
            p.StartDate, p.EndDate, p.Status, p.HourlyWage, p.RequiredHours, approved, scores, midpoint?.Testimonial, final?.Testimonial, badges);
    }

    /// <summary>The posting's pathway the student is enrolled in (or was), else the posting's first.</summary>
    private async Task<string> PathwayOfAsync(int postingId, int studentId, CancellationToken cancellationToken)
    {
        var pathways = await db.Postings.AsNoTracking().Where(x => x.Id == postingId)
            .SelectMany(x => x.Pathways).OrderBy(x => x.PathwayId)
            .Select(x => new { x.PathwayId, x.Pathway!.Name })
            .ToListAsync(cancellationToken);
        var enrolled = await db.PathwayEnrolments.AsNoTracking().Where(e => e.StudentId == studentId).Select(e => e.PathwayId)
            .ToListAsync(cancellationToken);
        return (pathways.FirstOrDefault(x => enrolled.Contains(x.PathwayId)) ?? pathways.FirstOrDefault())?.Name ?? "—";
    }
}

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

        // Counted and made distinct by the database: a district's term has hundreds of thousands of applications, and only
        // three counts per posting and one row per applicant are needed.
        var termApplications = db.Applications.AsNoTracking().Where(a => a.Posting!.StartDate <= end && a.Posting.EndDate >= start);
        var counts = await termApplications
            .GroupBy(a => a.PostingId)
            .Select(g => new
            {
                PostingId = g.Key,
                All = g.Count(),
                Offers = g.Count(a => a.Status == ApplicationStatus.Offered || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Declined),
                Accepted = g.Count(a => a.Status == ApplicationStatus.Accepted),
            })
            .ToDictionaryAsync(c => c.PostingId, cancellationToken);
        var postings = await termPostings.AsNoTracking()
            .Select(p => new { p.Id, p.Title, Employer = p.Employer!.Name, p.Slots })
            .ToListAsync(cancellationToken);
        var postingRows = postings
            .Select(p => counts.TryGetValue(p.Id, out var c)
                ? new PostingApplications(p.Title, p.Employer, p.Slots, c.All, c.Offers, c.Accepted)
                : new PostingApplications(p.Title, p.Employer, p.Slots, 0, 0, 0))
            .OrderByDescending(p => p.Applications).ThenBy(p => p.Posting, StringComparer.Ordinal)
            .ToList();
        var applicants = (await termApplications
                .Select(a => new { a.StudentId, a.Student!.SchoolId, a.Student.Grade })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(a => new TermApplicant(a.StudentId, schools.GetValueOrDefault(a.SchoolId, "—"), a.Grade))
            .ToList();

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
