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
        RuleFor(x => x.Hours).GreaterThan(0).WithMessage("Enter the hours worked: more than 0.")
            .LessThanOrEqualTo(TimesheetEntry.MaxHoursPerDay).WithMessage($"Enter at most {TimesheetEntry.MaxHoursPerDay} hours worked in a day.")
            .PrecisionScale(4, 2, ignoreTrailingZeros: true).WithMessage("Enter the hours worked with at most two decimals, e.g. 3.25.");
        RuleFor(x => x.Tasks).NotEmpty().WithMessage("Say what you did.").MaximumLength(1000).WithMessage("What you did is at most 1,000 characters.");
    }
}
