namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// Rounds newest first: all of them for coordinators, those a student takes part in, those an employer's postings are in;
/// with <c>ClosingSoon</c>, only those still taking rankings whose deadline falls within a week of the district's today.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Student, Roles.EmployerAdmin)]
public sealed record ListMatchRoundsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, bool? ClosingSoon = null)
    : IQuery<PagedResult<MatchRoundDto>>, IPagedRequest;

public sealed class ListMatchRoundsHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IQueryHandler<ListMatchRoundsQuery, PagedResult<MatchRoundDto>>
{
    public async ValueTask<PagedResult<MatchRoundDto>> Handle(ListMatchRoundsQuery query, CancellationToken cancellationToken)
    {
        var rounds = db.MatchRounds.AsQueryable();
        if (query.ClosingSoon == true)
        {
            rounds = rounds.ClosingSoon(clock.Today);
        }

        if (!user.IsInRole(Roles.Coordinator))
        {
            var studentId = user.IsInRole(Roles.Student) ? user.StudentId ?? -1 : -1;
            var employerId = user.IsInRole(Roles.EmployerAdmin) ? user.EmployerId ?? -1 : -1;
            rounds = rounds.Where(r => db.MatchParticipants.Any(p => p.RoundId == r.Id && p.StudentId == studentId)
                || r.Postings.Any(rp => db.Postings.Any(p => p.Id == rp.PostingId && p.EmployerId == employerId)));
        }

        var page = await rounds.OrderByDescending(r => r.Id).Select(r => r.Id).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<MatchRoundDto>(await db.ReadRoundsAsync(page.Items.ToList(), cancellationToken), page.Total, page.Page, page.PageSize);
    }
}
