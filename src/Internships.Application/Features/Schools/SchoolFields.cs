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
        RuleFor(x => x.Name).NotEmpty().MaximumLength(SchoolRules.MaxNameLength);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(SchoolRules.MaxCodeLength)
            .Matches("^[A-Za-z0-9-]+$").WithMessage(SchoolRules.CodeFormat);
        RuleFor(x => x.City).MaximumLength(80);
    }
}
