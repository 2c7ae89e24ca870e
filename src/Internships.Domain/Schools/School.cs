namespace Internships.Domain.Schools;

public sealed class School : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    private School() { }

    public School(string name, string code, string? city)
    {
        Update(name, code, city);
    }

    public string Name { get; private set; } = "";

    /// <summary>The state or district code that identifies the school in the student information system.</summary>
    public string Code { get; private set; } = "";

    public string? City { get; private set; }

    /// <summary>The school's County-District-School code (fourteen digits) for state reporting; null until known.</summary>
    public string? CdsCode { get; private set; }

    public void SetCdsCode(string? cdsCode)
    {
        var value = string.IsNullOrWhiteSpace(cdsCode) ? null : cdsCode.Trim();
        if (value is not null && !StateReporting.StateCodes.IsCdsCode(value))
        {
            throw new Common.DomainRuleException(Common.RuleKeys.Schools.CdsCodeDigits, "A CDS code is fourteen digits: county (2), district (5), school (7).");
        }

        CdsCode = value;
    }

    /// <summary>The OneRoster <c>sourcedId</c> of the school's org in the SIS, once a roster import has linked it.</summary>
    public string? SourcedId { get; private set; }

    public void LinkToRoster(string sourcedId) => SourcedId = sourcedId;

    public void Update(string name, string code, string? city)
    {
        Name = name.Trim();
        Code = code.Trim();
        City = string.IsNullOrWhiteSpace(city) ? null : city.Trim();
    }
}
