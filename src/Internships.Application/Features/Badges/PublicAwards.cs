using Internships.Domain.Badges;
using Internships.Domain.Employers;

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
    /// each request checks before it is served from the cache. Compiled once (<c>EF.CompileAsyncQuery</c>): every public
    /// GET runs it, and building and funcletizing its LINQ tree cost more than SQLite's answer.
    /// </summary>
    public static async Task<PublicAwardStamp> PublicAwardStampAsync(this IAppDbContext db, Guid publicId, IClock clock, CancellationToken cancellationToken)
    {
        var row = await StampRowOf(db.AsDbContext(), publicId, cancellationToken) ?? throw NotFoundException.For("Award", publicId);
        var now = clock.UtcNow;
        return new PublicAwardStamp(publicId, row.AwardVersion, row.BadgeVersion, row.EndorserVersion ?? 0, clock.Today, row.ExpiresAt is { } expires && expires <= now);
    }

    private static readonly Func<DbContext, Guid, CancellationToken, Task<StampRow?>> StampRowOf =
        EF.CompileAsyncQuery((DbContext context, Guid publicId, CancellationToken _) => context.Set<BadgeAward>().AsNoTracking()
            .Where(a => a.PublicId == publicId)
            .Select(a => new StampRow(
                a.Version,
                a.BadgeClass!.Version,
                context.Set<Employer>().Where(e => e.Id == a.BadgeClass.EndorsingEmployerId).Select(e => (long?)e.Version).FirstOrDefault(),
                a.ExpiresAt))
            .FirstOrDefault());

    private sealed record StampRow(long AwardVersion, long BadgeVersion, long? EndorserVersion, DateTime? ExpiresAt);

    /// <summary>One of an award's public documents, from the cache while its stamp holds, else made by <paramref name="produce"/>.</summary>
    public static async Task<PublicAwardDocument<T>> CachedAsync<T>(this IPublicAwardCache cache, IAppDbContext db, IClock clock, Guid publicId,
        string document, Func<BadgeAward, T> produce, CancellationToken cancellationToken)
    {
        var stamp = await db.PublicAwardStampAsync(publicId, clock, cancellationToken);
        var content = await cache.GetOrAddAsync(document, stamp, async () => produce(await db.FindPublicAwardAsync(publicId, cancellationToken)));
        return new PublicAwardDocument<T>(content, stamp.ETag);
    }
}
