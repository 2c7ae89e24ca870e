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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the contact's name.").MaximumLength(120).WithMessage("The name is at most 120 characters.");
        RuleFor(x => x.Relationship).NotEmpty().WithMessage("Enter how they are related to the student.")
            .MaximumLength(60).WithMessage("The relationship is at most 60 characters.");
        RuleFor(x => x.Phone).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter a phone number.")
            .MaximumLength(30).WithMessage("The phone number is at most 30 characters.")
            .Matches(@"^[0-9+()\-. ]*[0-9][0-9+()\-. ]*$").WithMessage("Enter the phone number with digits, spaces, +, -, ( and ) only.");
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).MaximumLength(254).WithMessage("The e-mail address is at most 254 characters.")
            .EmailAddress().WithMessage("Enter an e-mail address like name@example.org.")
            .When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.PreferredLanguage).Must(l => Languages.FromName(l) is not null).WithMessageKey("Contacts.LanguageOneOf");
    }
}
