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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the organisation's name.").MaximumLength(120).WithMessage("The name is at most 120 characters.");
        RuleFor(x => x.Industry).NotEmpty().WithMessage("Enter the industry.").MaximumLength(80).WithMessage("The industry is at most 80 characters.");
        RuleFor(x => x.ContactEmail).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the contact e-mail address.")
            .MaximumLength(254).WithMessage("The contact e-mail is at most 254 characters.")
            .EmailAddress().WithMessage("Enter a contact e-mail like internships@example.org.");
        RuleFor(x => x.Phone).MaximumLength(30).WithMessage("The phone number is at most 30 characters.");
        RuleFor(x => x.Website).MaximumLength(200).WithMessage("The website address is at most 200 characters.")
            .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("Enter the website as an address starting with https:// or http://.");
        RuleFor(x => x.City).MaximumLength(80).WithMessage("The city is at most 80 characters.");
        RuleFor(x => x.PartnerAgreementExpiresOn)
            .GreaterThanOrEqualTo(x => x.PartnerAgreementSignedOn)
            .When(x => x.PartnerAgreementSignedOn is not null && x.PartnerAgreementExpiresOn is not null)
            .WithMessage("The agreement cannot expire before the day it was signed.");
        RuleFor(x => x.PartnerAgreementSignedOn).NotNull()
            .When(x => x.PartnerAgreementExpiresOn is not null)
            .WithMessage("An agreement with an expiry date needs the date it was signed.");
    }
}
