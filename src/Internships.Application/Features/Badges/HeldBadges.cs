using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

internal static class HeldBadges
{
    /// <summary>
    /// The badges a student holds now: awarded, not revoked, not expired. What ladders and prerequisites count, and what
    /// every eligible-only search asks (hence compiled once).
    /// </summary>
    public static async Task<HashSet<int>> HeldBadgeIdsAsync(this IAppDbContext db, string recipientKey, DateTime now,
        CancellationToken cancellationToken)
    {
        var held = new HashSet<int>();
        await foreach (var badgeClassId in HeldBy(db.AsDbContext(), recipientKey, now).WithCancellation(cancellationToken))
        {
            held.Add(badgeClassId);
        }

        return held;
    }

    public static string StudentKey(int studentId) => AwardRecipient.StudentKey(studentId);

    private static readonly Func<DbContext, string, DateTime, IAsyncEnumerable<int>> HeldBy =
        EF.CompileAsyncQuery((DbContext context, string recipientKey, DateTime now) => context.Set<BadgeAward>()
            .Where(a => a.RecipientKey == recipientKey && a.RevokedAt == null && (a.ExpiresAt == null || a.ExpiresAt > now))
            .Select(a => a.BadgeClassId)
            .Distinct());
}
