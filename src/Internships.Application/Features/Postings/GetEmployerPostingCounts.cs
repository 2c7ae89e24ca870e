using Internships.Domain.Applications;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

/// <summary>
/// An employer's postings counted by status (the tabs of their postings page), and each posting's applicants counted by
/// status, with how many wait for the employer to act (new or under review): for the employer's admins and coordinators.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record GetEmployerPostingCountsQuery(int EmployerId) : IQuery<EmployerPostingCountsDto>;

public sealed record EmployerPostingCountsDto(int EmployerId, IReadOnlyDictionary<PostingStatus, int> PostingsByStatus,
    IReadOnlyList<PostingApplicantCountsDto> Postings);

public sealed record PostingApplicantCountsDto(int PostingId, IReadOnlyDictionary<ApplicationStatus, int> ApplicantsByStatus, int WaitingForYou);

public sealed class GetEmployerPostingCountsAuthorizer(RecordAccess access) : IResourceAuthorizer<GetEmployerPostingCountsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetEmployerPostingCountsQuery request, CancellationToken cancellationToken) =>
        access.ToManageEmployerAsync(request.EmployerId, cancellationToken);
}

public sealed class GetEmployerPostingCountsHandler(IAppDbContext db) : IQueryHandler<GetEmployerPostingCountsQuery, EmployerPostingCountsDto>
{
    public async ValueTask<EmployerPostingCountsDto> Handle(GetEmployerPostingCountsQuery query, CancellationToken cancellationToken)
    {
        var postings = db.Postings.AsNoTracking().Where(p => p.EmployerId == query.EmployerId);
        var byStatus = await postings.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var applicants = await db.Applications.AsNoTracking().Where(a => postings.Any(p => p.Id == a.PostingId))
            .GroupBy(a => new { a.PostingId, a.Status }).Select(g => new { g.Key.PostingId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new EmployerPostingCountsDto(query.EmployerId,
            Enum.GetValues<PostingStatus>().ToDictionary(s => s, s => byStatus.FirstOrDefault(b => b.Key == s)?.Count ?? 0),
            applicants.GroupBy(a => a.PostingId).OrderBy(g => g.Key)
                .Select(g => new PostingApplicantCountsDto(g.Key, g.ToDictionary(a => a.Status, a => a.Count),
                    g.Where(a => Applications.ApplicationQueries.Actionable.Contains(a.Status)).Sum(a => a.Count)))
                .ToList());
    }
}
