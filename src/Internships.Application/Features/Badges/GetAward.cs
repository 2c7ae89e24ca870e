namespace Internships.Application.Features.Badges;

/// <summary>One award: for coordinators and its student recipient.</summary>
[Authorize(Roles.Coordinator, Roles.Student)]
public sealed record GetAwardQuery(Guid AwardId) : IQuery<AwardDto>;

public sealed class GetAwardHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock) : IQueryHandler<GetAwardQuery, AwardDto>
{
    public async ValueTask<AwardDto> Handle(GetAwardQuery query, CancellationToken cancellationToken)
    {
        var award = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass).FirstOrDefaultAsync(a => a.PublicId == query.AwardId, cancellationToken);
        if (award is null || (!user.IsInRole(Roles.Coordinator) && (award.RecipientStudentId is null || award.RecipientStudentId != user.StudentId)))
        {
            throw NotFoundException.For("Award", query.AwardId);
        }

        return AwardDto.From(award, award.BadgeClass!, openBadges, clock);
    }
}
