using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Placements;

public sealed record PlacementDto(
    int Id,
    int ApplicationId,
    int StudentId,
    string StudentName,
    int PostingId,
    string PostingTitle,
    int EmployerId,
    string EmployerName,
    int? SupervisorId,
    string? SupervisorName,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal HourlyWage,
    bool IsMinor,
    PlacementStatus Status,
    IReadOnlyList<PlacementDocumentType> RequiredDocuments,
    IReadOnlyList<PlacementDocumentDto> Documents,
    IReadOnlyList<PlacementDocumentType> MissingDocuments,
    HoursSummary Hours,
    IReadOnlyList<EvaluationKind> EvaluationsSubmitted,
    DateTime CreatedAt,
    DateTime? ActivatedAt,
    DateTime? CompletedAt,
    DateTime? EndedAt,
    string? EndReason);

public sealed record PlacementDocumentDto(PlacementDocumentType Type, DateOnly ReceivedOn, string VerifiedBy, DateTime RecordedAt);

/// <summary>Hours by review state, what the approved ones earned, and how many are still needed to complete.</summary>
public sealed record HoursSummary(decimal Required, decimal Approved, decimal AwaitingApproval, decimal Returned, decimal Earnings, decimal StillNeeded)
{
    public static HoursSummary Of(decimal required, decimal wage, IEnumerable<(TimesheetStatus Status, decimal Hours)> entries)
    {
        var byStatus = entries.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Sum(e => e.Hours));
        var approved = byStatus.GetValueOrDefault(TimesheetStatus.Approved);
        return new HoursSummary(required, approved, byStatus.GetValueOrDefault(TimesheetStatus.Submitted),
            byStatus.GetValueOrDefault(TimesheetStatus.Returned), Math.Round(approved * wage, 2), Math.Max(0, required - approved));
    }
}

internal static class PlacementReader
{
    public static async Task<PlacementDto> ReadPlacementAsync(this IAppDbContext db, int placementId, CancellationToken cancellationToken)
    {
        var p = await db.Placements.AsNoTracking()
            .Include(x => x.Student)
            .Include(x => x.Posting!).ThenInclude(x => x.Employer)
            .FirstOrDefaultAsync(x => x.Id == placementId, cancellationToken)
            ?? throw NotFoundException.For("Placement", placementId);
        var supervisor = p.SupervisorId is { } supervisorId
            ? await db.Supervisors.Where(s => s.Id == supervisorId).Select(s => s.FirstName + " " + s.LastName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var hours = await db.ApprovalStatesAsync(placementId, cancellationToken);
        var evaluations = await db.Evaluations.Where(e => e.PlacementId == placementId).Select(e => e.Kind).ToListAsync(cancellationToken);

        return new PlacementDto(
            p.Id, p.ApplicationId, p.StudentId, p.Student!.FullName, p.PostingId, p.Posting!.Title, p.EmployerId, p.Posting.Employer!.Name,
            p.SupervisorId, supervisor, p.StartDate, p.EndDate, p.HourlyWage, p.IsMinor, p.Status, p.RequiredDocuments,
            p.Documents.OrderBy(d => d.Type).Select(d => new PlacementDocumentDto(d.Type, d.ReceivedOn, d.VerifiedBy, d.RecordedAt)).ToList(),
            p.MissingDocuments, HoursSummary.Of(p.RequiredHours, p.HourlyWage, hours), evaluations.Order().ToList(),
            p.CreatedAt, p.ActivatedAt, p.CompletedAt, p.EndedAt, p.EndReason);
    }

    /// <summary>Each entry's state and hours; summed in memory, as SQLite cannot sum decimals.</summary>
    public static async Task<List<(TimesheetStatus Status, decimal Hours)>> ApprovalStatesAsync(this IAppDbContext db, int placementId,
        CancellationToken cancellationToken) =>
        (await db.TimesheetEntries.Where(t => t.PlacementId == placementId).Select(t => new { t.Status, t.Hours }).ToListAsync(cancellationToken))
        .Select(t => (t.Status, t.Hours)).ToList();

    public static async Task<decimal> ApprovedHoursAsync(this IAppDbContext db, int placementId, CancellationToken cancellationToken) =>
        (await db.ApprovalStatesAsync(placementId, cancellationToken)).Where(t => t.Status == TimesheetStatus.Approved).Sum(t => t.Hours);

    /// <summary>Loads a placement to change, with its documents, or says it does not exist.</summary>
    public static async Task<Placement> LoadPlacementAsync(this IAppDbContext db, int placementId, CancellationToken cancellationToken) =>
        await db.Placements.FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken)
        ?? throw NotFoundException.For("Placement", placementId);
}
