using System.Linq.Expressions;
using Internships.Domain.Employers;

namespace Internships.Application.Features.Employers;

public sealed record EmployerDto(
    int Id,
    string Name,
    string Industry,
    string ContactEmail,
    string? Phone,
    string? Website,
    string? City,
    DateOnly? PartnerAgreementSignedOn,
    DateOnly? PartnerAgreementExpiresOn,
    bool IsActive,
    bool HasPartnerAgreementDocument,
    string? InsuranceCarrier,
    string? InsurancePolicyNumber,
    DateOnly? InsuranceExpiresOn,
    IReadOnlyList<SafetyCheckDto> SafetyChecks,
    long Version) : IVersionedDto
{
    public static readonly Expression<Func<Employer, EmployerDto>> Projection = e => new EmployerDto(
        e.Id, e.Name, e.Industry, e.ContactEmail, e.Phone, e.Website, e.City, e.PartnerAgreementSignedOn, e.PartnerAgreementExpiresOn,
        e.IsActive, e.PartnerAgreementFileId != null, e.InsuranceCarrier, e.InsurancePolicyNumber, e.InsuranceExpiresOn,
        e.SafetyChecks.OrderBy(c => c.Item).Select(c => new SafetyCheckDto(c.Item, c.CheckedOn, c.CheckedBy)).ToList(), e.Version);

    private static readonly Func<Employer, EmployerDto> FromEmployer = Projection.Compile();

    public static EmployerDto From(Employer e) => FromEmployer(e);
}

/// <summary>An item of the worksite-safety checklist the district checked, when and by whom.</summary>
public sealed record SafetyCheckDto(WorksiteSafetyItem Item, DateOnly CheckedOn, string CheckedBy);

public sealed record SupervisorDto(int Id, int EmployerId, string FirstName, string LastName, string Email, string? JobTitle, string? Phone, bool IsActive,
    long Version) : IVersionedDto
{
    public static readonly Expression<Func<Supervisor, SupervisorDto>> Projection = s => new SupervisorDto(
        s.Id, s.EmployerId, s.FirstName, s.LastName, s.Email, s.JobTitle, s.Phone, s.IsActive, s.Version);

    public static SupervisorDto From(Supervisor s) => new(s.Id, s.EmployerId, s.FirstName, s.LastName, s.Email, s.JobTitle, s.Phone, s.IsActive, s.Version);
}
