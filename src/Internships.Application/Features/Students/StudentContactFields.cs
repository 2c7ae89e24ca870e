using Internships.Domain.Students;

namespace Internships.Application.Features.Students;

/// <summary>What the district records about a student's contact, shared by adding and correcting one.</summary>
public abstract record StudentContactFields
{
    public string Name { get; init; } = null!;

    /// <summary>Mother, father, grandmother, guardian, aunt…</summary>
    public string Relationship { get; init; } = null!;

    public string Phone { get; init; } = null!;

    public string? Email { get; init; }

    /// <summary>The language to speak or write to them in: "en-US" or "es-US" ("Spanish", "es" and the like are read as those).</summary>
    public string PreferredLanguage { get; init; } = null!;

    /// <summary>Whom a worksite calls first in an emergency.</summary>
    public bool IsEmergencyContact { get; init; }

    public StudentContactDetails ToDetails() => new(Name, Relationship, Phone, Email, Languages.FromName(PreferredLanguage) ?? PreferredLanguage, IsEmergencyContact);
}

internal sealed class StudentContactFieldsValidator : AbstractValidator<StudentContactFields>
{
    public StudentContactFieldsValidator()
    {
        // Messages name each field as the student's page labels it.
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Contacts.NameRequired").MaximumLength(120).WithMessageKey("Contacts.NameTooLong");
        RuleFor(x => x.Relationship).NotEmpty().WithMessageKey("Contacts.RelationshipRequired")
            .MaximumLength(60).WithMessageKey("Contacts.RelationshipTooLong");
        RuleFor(x => x.Phone).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Contacts.PhoneRequired")
            .MaximumLength(30).WithMessageKey("Contacts.PhoneTooLong")
            .Matches(@"^[0-9+()\-. ]*[0-9][0-9+()\-. ]*$").WithMessageKey("Contacts.PhoneFormat");
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).MaximumLength(254).WithMessageKey("Contacts.EmailTooLong")
            .EmailAddress().WithMessageKey("Contacts.EmailFormat")
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.PreferredLanguage).Must(l => Languages.FromName(l) is not null).WithMessageKey("Contacts.LanguageOneOf");
    }
}
