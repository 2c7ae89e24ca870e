namespace Internships.Application.Features.Badges;

/// <summary>
/// A coordinator re-applies the award rules to a completed placement (say, after adding a badge to the catalogue).
/// Safe to repeat and to run concurrently: it only ever adds awards the placement has not had.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record AwardPlacementBadgesCommand(int PlacementId) : ICommand<IReadOnlyList<AwardDto>>;

public sealed class AwardPlacementBadgesHandler(IAppDbContext db, PlacementBadgeAwarder awarder, IOpenBadges openBadges, IClock clock)
    : ICommandHandler<AwardPlacementBadgesCommand, IReadOnlyList<AwardDto>>
{
    public async ValueTask<IReadOnlyList<AwardDto>> Handle(AwardPlacementBadgesCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Placements.AnyAsync(p => p.Id == command.PlacementId, cancellationToken))
        {
            throw Common.Exceptions.NotFoundException.For("Placement", command.PlacementId);
        }

        var awards = await awarder.AddNewAwardsAsync(command.PlacementId, issuedAt: null, cancellationToken);
        try
        {
            // Saved here, not by the unit of work, to tell a concurrent award of the same badge from a real failure.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await MadeMeanwhileAsync(command.PlacementId, awards, cancellationToken))
            {
                throw;
            }

            // Another request awarded the same badges a moment earlier: theirs stand, and there is nothing new.
            return [];
        }

        var badges = await db.BadgeClasses.AsNoTracking().Where(b => awards.Select(a => a.BadgeClassId).Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return awards.Select(a => AwardDto.From(a, badges[a.BadgeClassId], openBadges, clock)).ToList();
    }

    private async Task<bool> MadeMeanwhileAsync(int placementId, IReadOnlyList<Domain.Badges.BadgeAward> ours, CancellationToken cancellationToken)
    {
        foreach (var award in ours)
        {
            db.ChangeTracker.Entries<Domain.Badges.BadgeAward>().Where(e => e.Entity == award).ToList().ForEach(e => e.State = EntityState.Detached);
        }

        var key = Domain.Badges.BadgeAward.PlacementAwardKey(placementId);
        var there = await db.BadgeAwards.Where(a => a.AwardKey == key).Select(a => a.BadgeClassId).ToListAsync(cancellationToken);
        return ours.All(a => there.Contains(a.BadgeClassId));
    }
}
