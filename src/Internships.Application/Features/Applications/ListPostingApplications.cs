using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>
/// The applications to one posting, oldest first: for its employer admins and coordinators. <c>Settled=false</c> leaves out
/// the declined, rejected and withdrawn ones and puts those to act on (new, under review) first; <c>Settled=true</c> lists only those.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ListPostingApplicationsQuery(int PostingId, ApplicationStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize,
    bool? Settled = null)
    : IQuery<PagedResult<ApplicationDto>>, IPagedRequest, IReadsStudentRecords<PagedResult<ApplicationDto>>
{
    IEnumerable<int> IReadsStudentRecords<PagedResult<ApplicationDto>>.StudentsIn(PagedResult<ApplicationDto> response) =>
        response.Items.Select(a => a.Applicant.StudentId);
}

public sealed class ListPostingApplicationsAuthorizer(RecordAccess access) : IResourceAuthorizer<ListPostingApplicationsQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListPostingApplicationsQuery request, CancellationToken cancellationToken) =>
        access.ToManagePostingAsync(request.PostingId, cancellationToken);
}

public sealed class ListPostingApplicationsHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IQueryHandler<ListPostingApplicationsQuery, PagedResult<ApplicationDto>>
{
    public async ValueTask<PagedResult<ApplicationDto>> Handle(ListPostingApplicationsQuery query, CancellationToken cancellationToken)
    {
        var applications = db.Applications.Where(a => a.PostingId == query.PostingId);
        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        var ordered = query.Settled switch
        {
            true => applications.Where(a => ApplicationQueries.Settled.Contains(a.Status)).OrderBy(a => a.SubmittedAt),
            false => applications.Where(a => !ApplicationQueries.Settled.Contains(a.Status))
                .OrderBy(a => ApplicationQueries.Actionable.Contains(a.Status) ? 0 : 1).ThenBy(a => a.SubmittedAt),
            null => applications.OrderBy(a => a.SubmittedAt),
        };
        return await db.SelectDto(ordered.ThenBy(a => a.Id), user.IsInRole(Roles.Coordinator), clock.Today)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
