using System.Linq.Expressions;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

public sealed record TimesheetEntryDto(
    int Id, int PlacementId, DateOnly WorkDate, decimal Hours, string Tasks, TimesheetStatus Status, DateTime SubmittedAt,
    DateTime? ReviewedAt, string? ReviewNote, string? ReviewedOnBehalfBy)
{
    public static readonly Expression<Func<TimesheetEntry, TimesheetEntryDto>> Projection = t => new TimesheetEntryDto(
        t.Id, t.PlacementId, t.WorkDate, t.Hours, t.Tasks, t.Status, t.SubmittedAt, t.ReviewedAt, t.ReviewNote, t.ReviewedOnBehalfBy);

    public static TimesheetEntryDto From(TimesheetEntry t) =>
        new(t.Id, t.PlacementId, t.WorkDate, t.Hours, t.Tasks, t.Status, t.SubmittedAt, t.ReviewedAt, t.ReviewNote, t.ReviewedOnBehalfBy);
}
