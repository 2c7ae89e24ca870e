namespace Internships.Application.Features.Badges;

/// <summary>A badge of the catalogue. The catalogue is public knowledge: anyone signed in may read it.</summary>
public sealed record GetBadgeClassQuery(int BadgeClassId) : IQuery<BadgeClassDto>;

public sealed class GetBadgeClassHandler(IAppDbContext db, IOpenBadges openBadges) : IQueryHandler<GetBadgeClassQuery, BadgeClassDto>
{
    public async ValueTask<BadgeClassDto> Handle(GetBadgeClassQuery query, CancellationToken cancellationToken) =>
        await db.ReadBadgeClassAsync(openBadges, query.BadgeClassId, cancellationToken);
}
