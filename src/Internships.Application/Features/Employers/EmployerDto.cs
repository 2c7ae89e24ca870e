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
    bool IsActive)
{
    public static readonly Expression<Func<Employer, EmployerDto>> Projection = e => new EmployerDto(
        e.Id, e.Name, e.Industry, e.ContactEmail, e.Phone, e.Website, e.City, e.PartnerAgreementSignedOn, e.PartnerAgreementExpiresOn, e.IsActive);

    public static EmployerDto From(Employer e) => new(
        e.Id, e.Name, e.Industry, e.ContactEmail, e.Phone, e.Website, e.City, e.PartnerAgreementSignedOn, e.PartnerAgreementExpiresOn, e.IsActive);
}

public sealed record SupervisorDto(int Id, int EmployerId, string FirstName, string LastName, string Email, string? JobTitle, string? Phone, bool IsActive)
{
    public static readonly Expression<Func<Supervisor, SupervisorDto>> Projection = s => new SupervisorDto(
        s.Id, s.EmployerId, s.FirstName, s.LastName, s.Email, s.JobTitle, s.Phone, s.IsActive);

    public static SupervisorDto From(Supervisor s) => new(s.Id, s.EmployerId, s.FirstName, s.LastName, s.Email, s.JobTitle, s.Phone, s.IsActive);
}
