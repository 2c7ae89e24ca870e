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
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20)
            .Matches("^[A-Za-z0-9-]+$").WithMessage("'Code' may contain only letters, digits and hyphens.");
        RuleFor(x => x.City).MaximumLength(80);
    }
}
