using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Reports;

/// <summary>Everything a placement report shows, read in one go by the job that renders it.</summary>
public sealed record PlacementReportData(
    int PlacementId,
    string StudentName,
    string SisId,
    int Grade,
    string School,
    string Pathway,
    string Employer,
    string PostingTitle,
    string? Supervisor,
    string? SupervisorTitle,
    DateOnly StartDate,
    DateOnly EndDate,
    PlacementStatus Status,
    decimal HourlyWage,
    decimal RequiredHours,
    decimal ApprovedHours,
    IReadOnlyList<CompetencyScores> Scores,
    string? MidpointTestimonial,
    string? FinalTestimonial,
    IReadOnlyList<EarnedBadge> Badges)
{
    public decimal Earnings => Math.Round(ApprovedHours * HourlyWage, 2);
}

/// <summary>One competency's midpoint and final scores (1–4), null where that evaluation is not in.</summary>
public sealed record CompetencyScores(string Competency, int? Midpoint, int? Final);

public sealed record EarnedBadge(string Name, DateTime IssuedAt, string VerificationUrl, bool Revoked);

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
