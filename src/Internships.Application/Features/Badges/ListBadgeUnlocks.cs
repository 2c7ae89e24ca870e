using Internships.Application.Features.Postings;

namespace Internships.Application.Features.Badges;

/// <summary>What a badge opens up: the postings taking applications that require it.</summary>
public sealed record ListBadgeUnlocksQuery(int BadgeClassId) : IQuery<IReadOnlyList<PostingSummaryDto>>;

public sealed class ListBadgeUnlocksHandler(IAppDbContext db, IClock clock) : IQueryHandler<ListBadgeUnlocksQuery, IReadOnlyList<PostingSummaryDto>>
{
    public async ValueTask<IReadOnlyList<PostingSummaryDto>> Handle(ListBadgeUnlocksQuery query, CancellationToken cancellationToken)
    {
        if (!await db.BadgeClasses.AnyAsync(b => b.Id == query.BadgeClassId, cancellationToken))
        {
            throw NotFoundException.For("Badge", query.BadgeClassId);
        }

        return await db.UnlockedPostingsAsync(query.BadgeClassId, clock.Today, cancellationToken);
    }
}
