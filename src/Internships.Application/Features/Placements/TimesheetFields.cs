using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

public interface ITimesheetFields
{
    DateOnly WorkDate { get; }

    decimal Hours { get; }

    string Tasks { get; }
}

/// <summary>A request about one timesheet entry; its placement decides who may act on it.</summary>
public interface ITimesheetEntryRequest
{
    int EntryId { get; }
}

internal sealed class TimesheetFieldsValidator : AbstractValidator<ITimesheetFields>
{
    public TimesheetFieldsValidator()
    {
        // Messages name each field as the placement page labels it ("Hours worked", "What you did").
        RuleFor(x => x.Hours).GreaterThan(0).WithMessageKey("Placements.HoursRequired")
            .LessThanOrEqualTo(TimesheetEntry.MaxHoursPerDay).WithMessageKey("Placements.HoursTooMany")
            .PrecisionScale(4, 2, ignoreTrailingZeros: true).WithMessageKey("Placements.HoursPrecision");
        RuleFor(x => x.Tasks).NotEmpty().WithMessageKey("Placements.TasksRequired").MaximumLength(1000).WithMessageKey("Placements.TasksTooLong");
    }
}
