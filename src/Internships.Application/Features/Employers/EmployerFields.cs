using FluentValidation;

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
        RuleFor(x => x.Name).NotEmpty().MaximumLength(120);
        RuleFor(x => x.Industry).NotEmpty().MaximumLength(80);
        RuleFor(x => x.ContactEmail).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Phone).MaximumLength(30);
        RuleFor(x => x.Website).MaximumLength(200)
            .Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            .WithMessage("'Website' must be an http or https address.");
        RuleFor(x => x.City).MaximumLength(80);
        RuleFor(x => x.PartnerAgreementExpiresOn)
            .GreaterThanOrEqualTo(x => x.PartnerAgreementSignedOn)
            .When(x => x.PartnerAgreementSignedOn is not null && x.PartnerAgreementExpiresOn is not null)
            .WithMessage("'Partner Agreement Expires On' must not be before it was signed.");
        RuleFor(x => x.PartnerAgreementSignedOn).NotNull()
            .When(x => x.PartnerAgreementExpiresOn is not null)
            .WithMessage("An agreement with an expiry date needs the date it was signed.");
    }
}
