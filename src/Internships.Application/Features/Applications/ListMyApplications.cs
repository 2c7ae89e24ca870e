using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>The signed-in student's applications, their choices in the order they ranked them.</summary>
[Authorize(Roles.Student)]
public sealed record ListMyApplicationsQuery(ApplicationStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<ApplicationDto>>, IPagedRequest;

public sealed class ListMyApplicationsHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IQueryHandler<ListMyApplicationsQuery, PagedResult<ApplicationDto>>
{
    public async ValueTask<PagedResult<ApplicationDto>> Handle(ListMyApplicationsQuery query, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        var mine = db.Applications.AsNoTracking().Where(a => a.StudentId == studentId);
        if (query.Status is { } status)
        {
            mine = mine.Where(a => a.Status == status);
        }

        return await db.SelectDto(mine.OrderBy(a => a.Rank).ThenBy(a => a.Id), includeRank: true, clock.Today)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
