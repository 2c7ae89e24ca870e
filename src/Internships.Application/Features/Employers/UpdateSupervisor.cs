using System.Text.Json.Serialization;
using Internships.Domain.Common;

namespace Internships.Application.Features.Employers;

/// <summary>An employer admin (or a coordinator) corrects a supervisor's details, or sets them inactive (or active again).</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record UpdateSupervisorCommand : SupervisorFields, ICommand<SupervisorDto>, IHasExpectedVersion
{
    public bool IsActive { get; init; }

    [JsonIgnore]
    public int SupervisorId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Employers.Supervisor>(SupervisorId);
}

public sealed class UpdateSupervisorValidator : AbstractValidator<UpdateSupervisorCommand>
{
    public UpdateSupervisorValidator() => Include(new SupervisorFieldsValidator());
}

public sealed class UpdateSupervisorAuthorizer(RecordAccess access) : IResourceAuthorizer<UpdateSupervisorCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(UpdateSupervisorCommand request, CancellationToken cancellationToken) =>
        access.ToManageSupervisorAsync(request.SupervisorId, cancellationToken);
}

public sealed class UpdateSupervisorHandler(IAppDbContext db) : ICommandHandler<UpdateSupervisorCommand, SupervisorDto>
{
    public async ValueTask<SupervisorDto> Handle(UpdateSupervisorCommand command, CancellationToken cancellationToken)
    {
        var supervisor = await db.Supervisors.FirstOrDefaultAsync(s => s.Id == command.SupervisorId, cancellationToken)
            ?? throw NotFoundException.For("Supervisor", command.SupervisorId);
        var email = command.Email.Trim();
        if (await db.Supervisors.AnyAsync(s => s.EmployerId == supervisor.EmployerId && s.Email == email && s.Id != supervisor.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Employers.SupervisorEmailTaken, $"This employer already has a supervisor with e-mail {email}.", email);
        }

        supervisor.Update(command.FirstName, command.LastName, email, command.JobTitle, command.Phone, command.IsActive);
        // Saved here so the answer carries the new version (the ETag); the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return SupervisorDto.From(supervisor);
    }
}
