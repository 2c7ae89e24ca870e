using Internships.Application.Features.Postings;
using Internships.Domain.Badges;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Badges;

/// <summary>Reading badges and awards for the badge use cases.</summary>
internal static class BadgeQueries
{
    public static async Task<BadgeClassDto> ReadBadgeClassAsync(this IAppDbContext db, IOpenBadges openBadges, int id, CancellationToken cancellationToken)
    {
        var badge = await db.BadgeClasses.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw NotFoundException.For("Badge", id);
        return (await db.ToDtosAsync(openBadges, [badge], cancellationToken)).Single();
    }

    /// <summary>Badges as the catalogue shows them, with the names of their endorsers and prerequisites (two queries for any number).</summary>
    public static async Task<List<BadgeClassDto>> ToDtosAsync(this IAppDbContext db, IOpenBadges openBadges, IReadOnlyCollection<BadgeClass> badges,
        CancellationToken cancellationToken)
    {
        var employerIds = badges.Select(b => b.EndorsingEmployerId).OfType<int>().Distinct().ToList();
        var employers = await db.Employers.Where(e => employerIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var prerequisiteIds = badges.SelectMany(b => b.PrerequisiteIds).Distinct().ToList();
        var names = await db.BadgeClasses.Where(b => prerequisiteIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Name, cancellationToken);

        return badges.Select(b => new BadgeClassDto(
            b.Id, b.PublicId, b.Name, b.Description, b.Criteria, b.Kind, b.RecipientType, b.Color, openBadges.BadgeImageUrl(b), b.Image is not null,
            b.EndorsingEmployerId, b.EndorsingEmployerId is { } e ? employers.GetValueOrDefault(e) : null, b.ValidityMonths, b.Skills, b.Alignments,
            b.PrerequisiteIds.Select(p => new Postings.BadgeRef(p, names.GetValueOrDefault(p, $"#{p}"))).ToList(), b.Rule, b.IsActive, b.AllowsClaims, b.StaffRule, b.CreatedAt, b.Version)
        {
            NameEs = b.NameEs,
            DescriptionEs = b.DescriptionEs,
        }).ToList();
    }

    /// <summary>The signed-in student's own award, to change; anyone else's is "not found".</summary>
    public static async Task<BadgeAward> LoadMyAwardAsync(this IAppDbContext db, ICurrentUser user, Guid awardId, CancellationToken cancellationToken) =>
        await db.BadgeAwards.Include(a => a.BadgeClass)
            .FirstOrDefaultAsync(a => a.PublicId == awardId && a.RecipientStudentId != null && a.RecipientStudentId == user.StudentId, cancellationToken)
        ?? throw NotFoundException.For("Award", awardId);

    /// <summary>The filters of the awards list, shared by its export.</summary>
    public static IQueryable<Domain.Badges.BadgeAward> Filter(this IQueryable<Domain.Badges.BadgeAward> awards, ListAwardsQuery query)
    {
        if (query.BadgeClassId is { } badgeId)
        {
            awards = awards.Where(a => a.BadgeClassId == badgeId);
        }

        if (query.StudentId is { } studentId)
        {
            awards = awards.Where(a => a.RecipientStudentId == studentId);
        }

        if (query.EmployerId is { } employerId)
        {
            awards = awards.Where(a => a.RecipientEmployerId == employerId);
        }

        if (query.Revoked is { } revoked)
        {
            awards = awards.Where(a => (a.RevokedAt != null) == revoked);
        }
        return awards;
    }

    /// <summary>What a badge opens up: the postings taking applications on <paramref name="today"/> that require it, deadline first.</summary>
    public static async Task<IReadOnlyList<PostingSummaryDto>> UnlockedPostingsAsync(this IAppDbContext db, int badgeClassId, DateOnly today,
        CancellationToken cancellationToken)
    {
        var unlocked = db.Postings.AsNoTracking()
            .Where(p => p.Status == PostingStatus.Open && p.ApplicationDeadline >= today
                && p.RequiredBadges.Any(b => b.BadgeClassId == badgeClassId));
        return await PostingSort.Order(unlocked, PostingSort.Deadline)
            .Take(Paging.MaxPageSize)
            .Select(PostingQueries.Summary)
            .ToListAsync(cancellationToken);
    }
}
