using System.Text.Json.Serialization;
using Internships.Domain.Common;

namespace Internships.Application.Features.Employers;

/// <summary>
/// Updates an employer's profile. Its own admins keep their organisation's details current; only a coordinator
/// records the partner agreement, which the district signs.
/// </summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record UpdateEmployerCommand(
    string Name, string Industry, string ContactEmail, string? Phone, string? Website, string? City,
    DateOnly? PartnerAgreementSignedOn, DateOnly? PartnerAgreementExpiresOn) : ICommand<EmployerDto>, IHasExpectedVersion, IEmployerFields
{
    [JsonIgnore]
    public int EmployerId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Employers.Employer>(EmployerId);
}

public sealed class UpdateEmployerValidator : AbstractValidator<UpdateEmployerCommand>
{
    public UpdateEmployerValidator() => Include(new EmployerFieldsValidator());
}

public sealed class UpdateEmployerAuthorizer(RecordAccess access) : IResourceAuthorizer<UpdateEmployerCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(UpdateEmployerCommand request, CancellationToken cancellationToken) =>
        access.ToManageEmployerAsync(request.EmployerId, cancellationToken);
}

public sealed class UpdateEmployerHandler(IAppDbContext db, ICurrentUser user) : ICommandHandler<UpdateEmployerCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(UpdateEmployerCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == command.EmployerId, cancellationToken)
            ?? throw NotFoundException.For("Employer", command.EmployerId);
        var name = command.Name.Trim();
        if (await db.Employers.AnyAsync(e => e.Name == name && e.Id != employer.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Employers.NameTaken, $"Another employer is already named {name}.", name);
        }

        var agreementChanged = command.PartnerAgreementSignedOn != employer.PartnerAgreementSignedOn
            || command.PartnerAgreementExpiresOn != employer.PartnerAgreementExpiresOn;
        if (agreementChanged && !user.IsInRole(Roles.Coordinator))
        {
            throw new ForbiddenAccessException("Only a district coordinator can record the partner agreement.");
        }

        employer.Update(name, command.Industry, command.ContactEmail, command.Phone, command.Website, command.City,
            command.PartnerAgreementSignedOn, command.PartnerAgreementExpiresOn);
        // Saved here so the answer carries the new version (the ETag); the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return EmployerDto.From(employer);
    }
}
