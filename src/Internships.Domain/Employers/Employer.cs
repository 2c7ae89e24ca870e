using Internships.Domain.Common;

namespace Internships.Domain.Employers;

/// <summary>An organisation that hosts interns under a partner agreement with the district.</summary>
public sealed class Employer : Entity
{
    private Employer() { }

    public Employer(string name, string industry, string contactEmail, string? phone, string? website, string? city,
        DateOnly? partnerAgreementSignedOn, DateOnly? partnerAgreementExpiresOn)
    {
        Update(name, industry, contactEmail, phone, website, city, partnerAgreementSignedOn, partnerAgreementExpiresOn);
    }

    public string Name { get; private set; } = "";

    public string Industry { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public string? Phone { get; private set; }

    public string? Website { get; private set; }

    public string? City { get; private set; }

    public DateOnly? PartnerAgreementSignedOn { get; private set; }

    public DateOnly? PartnerAgreementExpiresOn { get; private set; }

    /// <summary>Still a partner of the programme. The accounts of an inactive employer's staff are disabled.</summary>
    public bool IsActive { get; private set; } = true;

    public void Update(string name, string industry, string contactEmail, string? phone, string? website, string? city,
        DateOnly? partnerAgreementSignedOn, DateOnly? partnerAgreementExpiresOn)
    {
        if (partnerAgreementSignedOn is { } signed && partnerAgreementExpiresOn is { } expires && expires < signed)
        {
            throw new DomainRuleException("A partner agreement cannot expire before it is signed.");
        }

        Name = name.Trim();
        Industry = industry.Trim();
        ContactEmail = contactEmail.Trim();
        Phone = NullIfBlank(phone);
        Website = NullIfBlank(website);
        City = NullIfBlank(city);
        PartnerAgreementSignedOn = partnerAgreementSignedOn;
        PartnerAgreementExpiresOn = partnerAgreementExpiresOn;
    }

    /// <summary>The district ends the partnership: its admins and supervisors can no longer sign in (<see cref="EmployerDeactivated"/>).</summary>
    public void Deactivate()
    {
        if (!IsActive)
        {
            throw new DomainRuleException("The employer is already inactive.");
        }

        IsActive = false;
        Raise(new EmployerDeactivated(this));
    }

    /// <summary>The partnership resumes: the staff accounts that were disabled with the employer are enabled again.</summary>
    public void Reactivate()
    {
        if (IsActive)
        {
            throw new DomainRuleException("The employer is already active.");
        }

        IsActive = true;
        Raise(new EmployerReactivated(this));
    }

    /// <summary>The district only opens postings of employers whose partner agreement is in force.</summary>
    public bool HasPartnerAgreementOn(DateOnly date) =>
        PartnerAgreementSignedOn is { } signed && signed <= date
        && (PartnerAgreementExpiresOn is null || PartnerAgreementExpiresOn >= date);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
