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

    /// <summary>
    /// What an award's public documents depend on, by one small indexed query (no evidence, no image): the cache key
    /// each request checks before it is served from the cache.
    /// </summary>
    public static async Task<PublicAwardStamp> PublicAwardStampAsync(this IAppDbContext db, Guid publicId, IClock clock, CancellationToken cancellationToken)
    {
        var row = await db.BadgeAwards.AsNoTracking()
            .Where(a => a.PublicId == publicId)
            .Select(a => new
            {
                a.Version,
                BadgeVersion = a.BadgeClass!.Version,
                EndorserVersion = db.Employers.Where(e => e.Id == a.BadgeClass.EndorsingEmployerId).Select(e => (long?)e.Version).FirstOrDefault(),
                a.ExpiresAt,
            })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Award", publicId);
        var now = clock.UtcNow;
        return new PublicAwardStamp(publicId, row.Version, row.BadgeVersion, row.EndorserVersion ?? 0, clock.Today, row.ExpiresAt is { } expires && expires <= now);
    }

    /// <summary>One of an award's public documents, from the cache while its stamp holds, else made by <paramref name="produce"/>.</summary>
    public static async Task<PublicAwardDocument<T>> CachedAsync<T>(this IPublicAwardCache cache, IAppDbContext db, IClock clock, Guid publicId,
        string document, Func<BadgeAward, T> produce, CancellationToken cancellationToken)
    {
        var stamp = await db.PublicAwardStampAsync(publicId, clock, cancellationToken);
        var content = await cache.GetOrAddAsync(document, stamp, async () => produce(await db.FindPublicAwardAsync(publicId, cancellationToken)));
        return new PublicAwardDocument<T>(content, stamp.ETag);
    }
}
