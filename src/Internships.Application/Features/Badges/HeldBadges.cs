namespace Internships.Application.Features.Badges;

internal static class HeldBadges
{
    /// <summary>The badges a student holds now: awarded, not revoked, not expired. What ladders and prerequisites count.</summary>
    public static async Task<HashSet<int>> HeldBadgeIdsAsync(this IAppDbContext db, string recipientKey, DateTime now,
        CancellationToken cancellationToken) =>
        (await db.BadgeAwards
            .Where(a => a.RecipientKey == recipientKey && a.RevokedAt == null && (a.ExpiresAt == null || a.ExpiresAt > now))
            .Select(a => a.BadgeClassId)
            .Distinct()
            .ToListAsync(cancellationToken))
        .ToHashSet();

    public static string StudentKey(int studentId) => Domain.Badges.AwardRecipient.StudentKey(studentId);
}
