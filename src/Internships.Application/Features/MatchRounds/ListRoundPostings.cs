using Internships.Application.Common.Localization;
namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// The postings in a round with the places it fills. A student sees whether they may rank each one and, if not,
/// why; an employer admin sees only its own postings.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Student, Roles.EmployerAdmin)]
public sealed record ListRoundPostingsQuery(int RoundId, bool? EligibleOnly = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<RoundPostingDto>>, IPagedRequest;

public sealed record RoundPostingDto(int PostingId, string Title, int EmployerId, string EmployerName, int Capacity, int Chosen,
    bool? Eligible, IReadOnlyList<string>? Problems);

public sealed class ListRoundPostingsAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListRoundPostingsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListRoundPostingsQuery request, CancellationToken cancellationToken) =>
        access.ToViewRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ListRoundPostingsHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IQueryHandler<ListRoundPostingsQuery, PagedResult<RoundPostingDto>>
{
    public async ValueTask<PagedResult<RoundPostingDto>> Handle(ListRoundPostingsQuery query, CancellationToken cancellationToken)
    {
        var round = await db.MatchRounds.AsNoTracking().FirstAsync(r => r.Id == query.RoundId, cancellationToken);
        var inRound = db.MatchRounds.Where(r => r.Id == query.RoundId).SelectMany(r => r.Postings);
        var rows = inRound.Join(db.Postings, rp => rp.PostingId, p => p.Id, (rp, p) => new { RoundPosting = rp, Posting = p });
        if (!user.IsInRole(Roles.Coordinator) && user.IsInRole(Roles.EmployerAdmin))
        {
            rows = rows.Where(r => r.Posting.EmployerId == user.EmployerId);
        }

        var asStudent = !user.IsInRole(Roles.Coordinator) && user.IsInRole(Roles.Student) && user.StudentId is not null;
        var all = await rows.OrderBy(r => r.Posting.Title).ThenBy(r => r.Posting.Id)
            .Select(r => new
            {
                r.Posting.Id, r.Posting.Title, r.Posting.EmployerId, EmployerName = r.Posting.Employer!.Name, r.RoundPosting.Capacity,
                Chosen = db.MatchChoices.Count(c => c.RoundId == query.RoundId && c.PostingId == r.Posting.Id),
            })
            .ToListAsync(cancellationToken);

        var eligibility = asStudent
            ? await db.EligibilityForStudentAsync(clock, round, user.StudentId!.Value, all.Select(p => p.Id).ToList(), cancellationToken)
            : null;
        var items = all.Select(p =>
            {
                var problems = eligibility?[p.Id].Problems.Select(RuleText.Describe).ToList();
                return new RoundPostingDto(p.Id, p.Title, p.EmployerId, p.EmployerName, p.Capacity, p.Chosen, problems is null ? null : problems.Count == 0, problems);
            })
            .Where(p => query.EligibleOnly != true || p.Eligible != false)
            .ToList();
        return new PagedResult<RoundPostingDto>(items.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList(), items.Count, query.Page, query.PageSize);
    }
}
