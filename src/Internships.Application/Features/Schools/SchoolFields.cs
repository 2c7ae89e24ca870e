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
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Schools.NameRequired")
            .MaximumLength(SchoolRules.MaxNameLength).WithMessageKey("Schools.NameTooLong");
        RuleFor(x => x.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Schools.CodeRequired")
            .MaximumLength(SchoolRules.MaxCodeLength).WithMessageKey("Schools.CodeTooLong")
            .Matches("^[A-Za-z0-9-]+$").WithMessageKey(SchoolRules.CodeFormat);
        RuleFor(x => x.City).MaximumLength(80).WithMessageKey("Schools.CityTooLong");
    }
}
