namespace Internships.Application.Features.Employers;

/// <summary>What the district records about an employer partner, shared by creating and updating one.</summary>
public interface IEmployerFields
{
    string Name { get; }

    string Industry { get; }

    string ContactEmail { get; }

    string? Phone { get; }

    string? Website { get; }

    string? City { get; }

    DateOnly? PartnerAgreementSignedOn { get; }

    DateOnly? PartnerAgreementExpiresOn { get; }
}

internal sealed class EmployerFieldsValidator : AbstractValidator<IEmployerFields>
{
    public EmployerFieldsValidator()
    {
        // Messages name each field as the employer pages label it.
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Employers.NameRequired").MaximumLength(120).WithMessageKey("Employers.NameTooLong");
        RuleFor(x => x.Industry).NotEmpty().WithMessageKey("Employers.IndustryRequired").MaximumLength(80).WithMessageKey("Employers.IndustryTooLong");
        RuleFor(x => x.ContactEmail).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Employers.ContactEmailRequired")
            .MaximumLength(254).WithMessageKey("Employers.ContactEmailTooLong")
            .EmailAddress().WithMessageKey("Employers.ContactEmailFormat");
        RuleFor(x => x.Phone).MaximumLength(30).WithMessageKey("Employers.PhoneTooLong");
        RuleFor(x => x.Website).MaximumLength(200).WithMessageKey("Employers.WebsiteTooLong")
            .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessageKey("Employers.WebsiteFormat");
        RuleFor(x => x.City).MaximumLength(80).WithMessageKey("Employers.CityTooLong");
        RuleFor(x => x.PartnerAgreementExpiresOn)
            .GreaterThanOrEqualTo(x => x.PartnerAgreementSignedOn)
            .When(x => x.PartnerAgreementSignedOn is not null && x.PartnerAgreementExpiresOn is not null)
            .WithMessageKey("Employers.AgreementExpiresBeforeSigned");
        RuleFor(x => x.PartnerAgreementSignedOn).NotNull()
            .When(x => x.PartnerAgreementExpiresOn is not null)
            .WithMessageKey("Employers.AgreementExpiryNeedsSigned");
    }
}
