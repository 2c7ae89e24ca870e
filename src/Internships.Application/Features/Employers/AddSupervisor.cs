using System.Text.Json.Serialization;
using Internships.Domain.Common;
using Internships.Domain.Employers;

namespace Internships.Application.Features.Employers;

/// <summary>An employer admin (or a coordinator) adds a supervisor to the organisation; the district then creates their sign-in.</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record AddSupervisorCommand : SupervisorFields, ICommand<SupervisorDto>
{
    [JsonIgnore]
    public int EmployerId { get; init; }
}

public sealed class AddSupervisorValidator : AbstractValidator<AddSupervisorCommand>
{
    public AddSupervisorValidator() => Include(new SupervisorFieldsValidator());
}

public sealed class AddSupervisorAuthorizer(RecordAccess access) : IResourceAuthorizer<AddSupervisorCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(AddSupervisorCommand request, CancellationToken cancellationToken) =>
        access.ToManageEmployerAsync(request.EmployerId, cancellationToken);
}

public sealed class AddSupervisorHandler(IAppDbContext db) : ICommandHandler<AddSupervisorCommand, SupervisorDto>
{
    public async ValueTask<SupervisorDto> Handle(AddSupervisorCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await db.Supervisors.AnyAsync(s => s.EmployerId == command.EmployerId && s.Email == email, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Employers.SupervisorEmailTaken, $"This employer already has a supervisor with e-mail {email}.", email);
        }

        var supervisor = new Supervisor(command.EmployerId, command.FirstName, command.LastName, email, command.JobTitle, command.Phone);
        db.Supervisors.Add(supervisor);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return SupervisorDto.From(supervisor);
    }
}
