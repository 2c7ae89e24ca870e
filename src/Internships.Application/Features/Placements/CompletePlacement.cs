using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Placements;

/// <summary>
/// A coordinator or the intern's supervisor completes the placement once the final evaluation is in and the approved
/// hours reach the posting's; its badges are awarded in the same transaction.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Supervisor)]
public sealed record CompletePlacementCommand(int PlacementId) : ICommand<PlacementDto>;

public sealed class CompletePlacementAuthorizer(RecordAccess access) : IResourceAuthorizer<CompletePlacementCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CompletePlacementCommand request, CancellationToken cancellationToken) =>
        access.ToCompletePlacementAsync(request.PlacementId, cancellationToken);
}

public sealed class CompletePlacementHandler(IAppDbContext db, IClock clock) : ICommandHandler<CompletePlacementCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(CompletePlacementCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        var hasFinal = await db.Evaluations.AnyAsync(e => e.PlacementId == placement.Id && e.Kind == EvaluationKind.Final, cancellationToken);
        placement.Complete(hasFinal, await db.ApprovedHoursAsync(placement.Id, cancellationToken), clock.UtcNow);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPlacementAsync(placement.Id, cancellationToken);
    }
}
