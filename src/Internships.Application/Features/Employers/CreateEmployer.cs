using Internships.Domain.Common;
using Internships.Domain.Employers;

namespace Internships.Application.Features.Employers;

[Authorize(Roles.Coordinator)]
public sealed record CreateEmployerCommand(
    string Name, string Industry, string ContactEmail, string? Phone, string? Website, string? City,
    DateOnly? PartnerAgreementSignedOn, DateOnly? PartnerAgreementExpiresOn) : ICommand<EmployerDto>, IEmployerFields;

public sealed class CreateEmployerValidator : AbstractValidator<CreateEmployerCommand>
{
    public CreateEmployerValidator() => Include(new EmployerFieldsValidator());
}

public sealed class CreateEmployerHandler(IAppDbContext db) : ICommandHandler<CreateEmployerCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(CreateEmployerCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Employers.AnyAsync(e => e.Name == name, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Employers.NameExists, $"An employer named {name} already exists.", name);
        }

        var employer = new Employer(name, command.Industry, command.ContactEmail, command.Phone, command.Website, command.City,
            command.PartnerAgreementSignedOn, command.PartnerAgreementExpiresOn);
        db.Employers.Add(employer);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return EmployerDto.From(employer);
    }
}
