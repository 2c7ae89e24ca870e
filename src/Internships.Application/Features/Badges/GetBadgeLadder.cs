using Internships.Application.Features.Postings;
using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

/// <summary>
/// The signed-in student's ladder to a badge they want, or to the badges a posting requires: the badges it takes in the
/// order they can be earned (prerequisites first), which they hold, which they can earn next, and the open postings
/// each step unlocks. Exactly one of <see cref="BadgeClassId"/> and <see cref="PostingId"/>.
/// </summary>
[Authorize(Roles.Student)]
public sealed record GetBadgeLadderQuery(int? BadgeClassId = null, int? PostingId = null) : IQuery<BadgeLadderDto>;

public sealed record BadgeLadderDto(string TargetName, int? BadgeClassId, int? PostingId, IReadOnlyList<BadgeLadderStepDto> Steps);

public sealed record BadgeLadderStepDto(
    int BadgeClassId,
    string Name,
    string Criteria,
    LadderStepState State,
    IReadOnlyList<string> MissingPrerequisites,
    IReadOnlyList<PostingSummaryDto> Unlocks);

public sealed class GetBadgeLadderValidator : AbstractValidator<GetBadgeLadderQuery>
{
    public GetBadgeLadderValidator()
    {
        RuleFor(x => x.BadgeClassId).NotNull().When(x => x.PostingId is null).WithMessageKey("BadgeLadder.OneTarget");
        RuleFor(x => x.PostingId).Null().When(x => x.BadgeClassId is not null).WithMessageKey("BadgeLadder.OneTarget");
    }
}

public sealed class GetBadgeLadderAuthorizer(RecordAccess access) : IResourceAuthorizer<GetBadgeLadderQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetBadgeLadderQuery request, CancellationToken cancellationToken) =>
        request.PostingId is { } postingId ? access.ToViewPostingAsync(postingId, cancellationToken) : ValueTask.FromResult(AccessDecision.Allow);
}

public sealed class GetBadgeLadderHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IQueryHandler<GetBadgeLadderQuery, BadgeLadderDto>
{
    public async ValueTask<BadgeLadderDto> Handle(GetBadgeLadderQuery query, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        // The catalogue is small (tens of badges): read it once and climb in memory.
        var catalogue = await db.BadgeClasses.AsNoTracking()
            .Select(b => new { b.Id, b.Name, b.Criteria, b.PrerequisiteIds })
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        var (targetName, targets) = await TargetAsync(query, id => catalogue.TryGetValue(id, out var b) ? b.Name : null, cancellationToken);
        var held = await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(studentId), clock.UtcNow, cancellationToken);

        var steps = BadgeLadder.Climb(targets, id => catalogue.TryGetValue(id, out var b) ? b.PrerequisiteIds : [], held);
        var result = new List<BadgeLadderStepDto>();
        foreach (var step in steps.Where(s => catalogue.ContainsKey(s.BadgeClassId)))
        {
            var badge = catalogue[step.BadgeClassId];
            result.Add(new BadgeLadderStepDto(badge.Id, badge.Name, badge.Criteria, step.State,
                step.MissingPrerequisiteIds.Where(catalogue.ContainsKey).Select(id => catalogue[id].Name).ToList(),
                await db.UnlockedPostingsAsync(badge.Id, clock.Today, cancellationToken)));
        }

        return new BadgeLadderDto(targetName, query.BadgeClassId, query.PostingId, result);
    }

    private async Task<(string Name, IReadOnlyList<int> Targets)> TargetAsync(GetBadgeLadderQuery query, Func<int, string?> nameOf,
        CancellationToken cancellationToken)
    {
        if (query.BadgeClassId is { } badgeId)
        {
            return (nameOf(badgeId) ?? throw NotFoundException.For("Badge", badgeId), [badgeId]);
        }

        var postingId = query.PostingId!.Value;
        var posting = await db.Postings.AsNoTracking().Where(p => p.Id == postingId)
                .Select(p => new { p.Title, Required = p.RequiredBadges.Select(b => b.BadgeClassId).ToList() })
                .FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Posting", postingId);
        return (posting.Title, posting.Required);
    }
}
