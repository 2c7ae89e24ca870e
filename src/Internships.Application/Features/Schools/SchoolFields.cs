namespace Internships.Application.Features.Schools;

/// <summary>What a coordinator writes about a school, shared by creating and updating it.</summary>
public interface ISchoolFields
{
    string Name { get; }

    string Code { get; }

    string? City { get; }
}

internal sealed class SchoolFieldsValidator : AbstractValidator<ISchoolFields>
{
    public SchoolFieldsValidator()
    {
        // Messages name each field as the schools page labels it.
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the school's name.")
            .MaximumLength(SchoolRules.MaxNameLength).WithMessage($"The name is at most {SchoolRules.MaxNameLength} characters.");
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the school's code.")
            .MaximumLength(SchoolRules.MaxCodeLength).WithMessage($"The code is at most {SchoolRules.MaxCodeLength} characters.")
            .Matches("^[A-Za-z0-9-]+$").WithMessage(SchoolRules.CodeFormat);
        RuleFor(x => x.City).MaximumLength(80).WithMessage("The city is at most 80 characters.");
    }
}
