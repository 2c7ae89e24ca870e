using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

internal static class PublicAwards
{
    /// <summary>An award by its public id, with its badge, for the anonymous verification documents.</summary>
    public static async Task<BadgeAward> FindPublicAwardAsync(this IAppDbContext db, Guid publicId, CancellationToken cancellationToken) =>
        await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass).FirstOrDefaultAsync(a => a.PublicId == publicId, cancellationToken)
        ?? throw NotFoundException.For("Award", publicId);

    public static async Task<BadgeClass> FindPublicBadgeAsync(this IAppDbContext db, Guid publicId, CancellationToken cancellationToken) =>
        await db.BadgeClasses.AsNoTracking().FirstOrDefaultAsync(b => b.PublicId == publicId, cancellationToken)
        ?? throw NotFoundException.For("Badge", publicId);
}
