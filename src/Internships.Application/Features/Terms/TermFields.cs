namespace Internships.Application.Features.Terms;

/// <summary>What a coordinator writes about a term, shared by creating and updating it.</summary>
public interface ITermFields
{
    string Name { get; }

    DateOnly StartDate { get; }

    DateOnly EndDate { get; }
}

internal sealed class TermFieldsValidator : AbstractValidator<ITermFields>
{
    public TermFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithName("Name").MaximumLength(60);
        RuleFor(x => x.StartDate).NotEqual(default(DateOnly)).WithName("Start date");
        RuleFor(x => x.EndDate).NotEqual(default(DateOnly)).WithName("End date")
            .GreaterThanOrEqualTo(x => x.StartDate).WithMessage("'End date' must be on or after the start date.")
            .Must((x, end) => end.DayNumber - x.StartDate.DayNumber <= 366).WithMessage("A term lasts at most a year.");
    }
}
