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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the term's name.").MaximumLength(60).WithMessage("The name is at most 60 characters.");
        RuleFor(x => x.StartDate).NotEqual(default(DateOnly)).WithMessage("Enter the term's first day.");
        RuleFor(x => x.EndDate).NotEqual(default(DateOnly)).WithMessage("Enter the term's last day.")
            .GreaterThanOrEqualTo(x => x.StartDate).WithMessage("The last day cannot be before the first.")
            .Must((x, end) => end.DayNumber - x.StartDate.DayNumber <= 366).WithMessage("A term lasts at most a year.");
    }
}
