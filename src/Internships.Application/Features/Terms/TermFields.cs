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
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Terms.NameRequired").MaximumLength(60).WithMessageKey("Terms.NameTooLong");
        RuleFor(x => x.StartDate).NotEqual(default(DateOnly)).WithMessageKey("Terms.StartRequired");
        RuleFor(x => x.EndDate).NotEqual(default(DateOnly)).WithMessageKey("Terms.EndRequired")
            .GreaterThanOrEqualTo(x => x.StartDate).WithMessageKey("Terms.EndBeforeStart")
            .Must((x, end) => end.DayNumber - x.StartDate.DayNumber <= 366).WithMessageKey("Terms.AtMostAYear");
    }
}
