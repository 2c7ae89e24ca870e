using FluentValidation;

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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the school's name.").MaximumLength(120).WithMessage("The name is at most 120 characters.");
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the school's code.")
            .MaximumLength(20).WithMessage("The code is at most 20 characters.")
            .Matches("^[A-Za-z0-9-]+$").WithMessage("The code may contain only letters, digits and hyphens.");
        RuleFor(x => x.City).MaximumLength(80).WithMessage("The city is at most 80 characters.");
    }
}
