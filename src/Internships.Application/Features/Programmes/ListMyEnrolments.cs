namespace Internships.Application.Features.Programmes;

/// <summary>The signed-in person's programme enrolments with their progress, newest first.</summary>
[Authorize]
public sealed record ListMyEnrolmentsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<EnrolmentDto>>, IPagedRequest;

public sealed class ListMyEnrolmentsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListMyEnrolmentsQuery, PagedResult<EnrolmentDto>>
{
    public async ValueTask<PagedResult<EnrolmentDto>> Handle(ListMyEnrolmentsQuery query, CancellationToken cancellationToken)
    {
        var page = await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.ParticipantUserId == user.UserId)
            .OrderByDescending(e => e.EnrolledAt).ThenByDescending(e => e.Id).Select(e => e.Id)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var ids = page.Items.ToList();
        var items = await db.ReadEnrolmentsAsync(db.ProgrammeEnrolments.Where(e => ids.Contains(e.Id)), cancellationToken);
        return new PagedResult<EnrolmentDto>(items.OrderBy(e => ids.IndexOf(e.Id)).ToList(), page.Total, page.Page, page.PageSize);
    }
}
