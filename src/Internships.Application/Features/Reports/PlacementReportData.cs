using Internships.Domain.Placements;

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
