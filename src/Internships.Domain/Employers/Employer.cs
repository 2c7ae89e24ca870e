namespace Internships.Domain.Employers;

/// <summary>An organisation that hosts interns under a partner agreement with the district.</summary>
public sealed class Employer : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    private readonly List<WorksiteSafetyCheck> _safetyChecks = [];

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

    /// <summary>The signed agreement, uploaded as a PDF (a <see cref="Documents.StoredFile"/>).</summary>
    public Guid? PartnerAgreementFileId { get; private set; }

    public string? InsuranceCarrier { get; private set; }

    public string? InsurancePolicyNumber { get; private set; }

    public DateOnly? InsuranceExpiresOn { get; private set; }

    /// <summary>The worksite-safety items checked so far; an item not here is not checked yet.</summary>
    public IReadOnlyCollection<WorksiteSafetyCheck> SafetyChecks => _safetyChecks;

    public void Update(string name, string industry, string contactEmail, string? phone, string? website, string? city,
        DateOnly? partnerAgreementSignedOn, DateOnly? partnerAgreementExpiresOn)
    {
        if (partnerAgreementSignedOn is { } signed && partnerAgreementExpiresOn is { } expires && expires < signed)
        {
            throw new DomainRuleException(RuleKeys.Employers.AgreementExpiresBeforeSigned, "A partner agreement cannot expire before it is signed.");
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
            throw new DomainRuleException(RuleKeys.Employers.AlreadyInactive, "The employer is already inactive.");
        }

        IsActive = false;
        Raise(new EmployerDeactivated(this));
    }

    /// <summary>The partnership resumes: the staff accounts that were disabled with the employer are enabled again.</summary>
    public void Reactivate()
    {
        if (IsActive)
        {
            throw new DomainRuleException(RuleKeys.Employers.AlreadyActive, "The employer is already active.");
        }

        IsActive = true;
        Raise(new EmployerReactivated(this));
    }

    /// <summary>The dates of the partner agreement the district signed with the employer.</summary>
    public void RecordPartnerAgreement(DateOnly signedOn, DateOnly? expiresOn)
    {
        if (expiresOn is { } expires && expires < signedOn)
        {
            throw new DomainRuleException(RuleKeys.Employers.AgreementExpiresBeforeSigned, "A partner agreement cannot expire before it is signed.");
        }

        PartnerAgreementSignedOn = signedOn;
        PartnerAgreementExpiresOn = expiresOn;
    }

    /// <summary>Keeps the signed agreement's file; answers the file it replaces, if any, for the caller to delete.</summary>
    public Guid? UsePartnerAgreementDocument(Guid fileId)
    {
        if (PartnerAgreementSignedOn is null)
        {
            throw new DomainRuleException(RuleKeys.Employers.SignedDateFirst, "Record the date the partner agreement was signed before its document.");
        }

        var replaced = PartnerAgreementFileId;
        PartnerAgreementFileId = fileId;
        return replaced == fileId ? null : replaced;
    }

    /// <summary>The employer's liability insurance and the worksite-safety checklist as the district found them.</summary>
    public void RecordWorksite(string? insuranceCarrier, string? insurancePolicyNumber, DateOnly? insuranceExpiresOn,
        IReadOnlyDictionary<WorksiteSafetyItem, DateOnly> checkedItems, string checkedBy)
    {
        InsuranceCarrier = NullIfBlank(insuranceCarrier);
        InsurancePolicyNumber = NullIfBlank(insurancePolicyNumber);
        InsuranceExpiresOn = insuranceExpiresOn;
        _safetyChecks.RemoveAll(c => !checkedItems.ContainsKey(c.Item));
        foreach (var (item, checkedOn) in checkedItems)
        {
            // An item checked before keeps who checked it and when, unless the date changed.
            if (_safetyChecks.FirstOrDefault(c => c.Item == item) is { } existing)
            {
                if (existing.CheckedOn == checkedOn)
                {
                    continue;
                }

                _safetyChecks.Remove(existing);
            }

            _safetyChecks.Add(new WorksiteSafetyCheck(item, checkedOn, checkedBy));
        }
    }

    /// <summary>Every item of the worksite-safety checklist is checked.</summary>
    public bool WorksiteIsChecked => Enum.GetValues<WorksiteSafetyItem>().All(i => _safetyChecks.Any(c => c.Item == i));

    /// <summary>The district only opens postings of employers whose partner agreement is in force.</summary>
    public bool HasPartnerAgreementOn(DateOnly date) =>
        PartnerAgreementSignedOn is { } signed && signed <= date
        && (PartnerAgreementExpiresOn is null || PartnerAgreementExpiresOn >= date);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
