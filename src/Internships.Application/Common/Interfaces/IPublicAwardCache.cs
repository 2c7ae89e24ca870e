namespace Internships.Application.Common.Interfaces;

/// <summary>
/// What an award's public URLs produced last (the VC-JWT, the baked images, the verification page's model), kept by
/// each node and handed out again while the award's <see cref="PublicAwardStamp"/> is the same. The stamp is read from
/// the database on every request, so a revocation or any edit of the award, its badge or the endorsing employer is
/// seen at once, on every node; an entry made under another stamp is never served.
/// </summary>
public interface IPublicAwardCache
{
    /// <summary>
    /// The value kept for this award's <paramref name="document"/> under <paramref name="stamp"/>, or the one
    /// <paramref name="produce"/> makes now (then kept in place of any older one). Produced after the stamp was read,
    /// a value is never older than its stamp.
    /// </summary>
    ValueTask<T> GetOrAddAsync<T>(string document, PublicAwardStamp stamp, Func<Task<T>> produce);
}

/// <summary>
/// Everything an award's public documents depend on, read cheaply: the row versions of the award, its badge and the
/// endorsing employer (0 when none), the district's day (documents say what holds "today") and whether it has expired
/// by now. Two reads with the same stamp produce the same documents, byte for byte.
/// </summary>
public sealed record PublicAwardStamp(Guid AwardId, long AwardVersion, long BadgeVersion, long EndorserVersion, DateOnly Today, bool Expired)
{
    /// <summary>A strong HTTP entity tag: the same on every node for the same stamp.</summary>
    public string ETag => $"\"{AwardVersion}.{BadgeVersion}.{EndorserVersion}.{Today:yyyyMMdd}.{(Expired ? 1 : 0)}\"";
}

/// <summary>A public document of an award with its entity tag (see <see cref="PublicAwardStamp.ETag"/>).</summary>
public sealed record PublicAwardDocument<T>(T Content, string ETag);
