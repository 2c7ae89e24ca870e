using FluentValidation;
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
        RuleFor(x => x.Hours).GreaterThan(0).LessThanOrEqualTo(TimesheetEntry.MaxHoursPerDay).PrecisionScale(4, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Tasks).NotEmpty().WithMessage("Say what you did.").MaximumLength(1000);
    }
}
