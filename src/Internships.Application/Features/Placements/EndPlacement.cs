using System.Text.Json.Serialization;

namespace Internships.Application.Features.Placements;

/// <summary>A coordinator ends a placement early, saying why. No badge is awarded for it.</summary>
[Authorize(Roles.Coordinator)]
public sealed record EndPlacementCommand(string Reason) : ICommand<PlacementDto>
{
    [JsonIgnore]
    public int PlacementId { get; init; }
}

public sealed class EndPlacementValidator : AbstractValidator<EndPlacementCommand>
{
    public EndPlacementValidator() =>
        RuleFor(x => x.Reason).NotEmpty().WithMessageKey("Placements.EndReasonRequired").MaximumLength(1000).WithMessageKey("Placements.EndReasonTooLong");
}

public sealed class EndPlacementHandler(IAppDbContext db, IClock clock) : ICommandHandler<EndPlacementCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(EndPlacementCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        placement.EndEarly(command.Reason, clock.UtcNow);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPlacementAsync(placement.Id, cancellationToken);
    }
}
