using System.Text.Json.Serialization;
using FluentValidation.Results;

namespace Internships.Application.Features.Placements;

/// <summary>Names (or changes) the supervisor the intern reports to; with the paperwork done, this activates the placement.</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin)]
public sealed record AssignPlacementSupervisorCommand(int SupervisorId) : ICommand<PlacementDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int PlacementId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Placements.Placement>(PlacementId);
}

public sealed class AssignPlacementSupervisorAuthorizer(RecordAccess access) : IResourceAuthorizer<AssignPlacementSupervisorCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(AssignPlacementSupervisorCommand request, CancellationToken cancellationToken) =>
        access.ToManagePlacementAsync(request.PlacementId, cancellationToken);
}

public sealed class AssignPlacementSupervisorHandler(IAppDbContext db, IClock clock) : ICommandHandler<AssignPlacementSupervisorCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(AssignPlacementSupervisorCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        var supervisor = await db.Supervisors.FirstOrDefaultAsync(s => s.Id == command.SupervisorId, cancellationToken)
            ?? throw new FluentValidation.ValidationException([new ValidationFailure(nameof(command.SupervisorId), ValidationText.Get("Placements.ChooseSupervisor"))]);
        placement.AssignSupervisor(supervisor, clock.UtcNow);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPlacementAsync(placement.Id, cancellationToken);
    }
}
