using Microsoft.Extensions.Caching.Memory;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// <see cref="IPublicAwardCache"/> in this node's memory: per award and document, the last value and the stamp it was
/// made under. Bounded (about <see cref="SizeLimitBytes"/> of documents; the least recently used go first) and each
/// entry made again after <see cref="Lifetime"/> at the latest (what a stamp does not cover, such as a credential an
/// award made before credentials were kept is signed with, follows within that time). Nothing is shared between nodes
/// and nothing needs to be: each request checks its stamp against the database.
/// </summary>
public sealed class PublicAwardCache : IPublicAwardCache, IDisposable
{
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // A page's model: its evidence and texts are a few kilobytes at most.
    private const long ModelSize = 8 * 1024;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    public async ValueTask<T> GetOrAddAsync<T>(string document, PublicAwardStamp stamp, Func<Task<T>> produce)
    {
        var key = (stamp.AwardId, document);
        if (_entries.TryGetValue(key, out Entry<T>? kept) && kept!.Stamp == stamp)
        {
            return kept.Value;
        }

        var value = await produce();
        _entries.Set(key, new Entry<T>(stamp, value), new MemoryCacheEntryOptions { Size = SizeOf(value), AbsoluteExpirationRelativeToNow = Lifetime });
        return value;
    }

    public void Dispose() => _entries.Dispose();

    private static long SizeOf<T>(T value) => value switch
    {
        string text => 64 + text.Length * 2L,
        byte[] bytes => 64 + bytes.LongLength,
        _ => ModelSize,
    };

    private sealed record Entry<T>(PublicAwardStamp Stamp, T Value);
}
