namespace Internships.Application.Features.Contacts;

/// <summary>
/// The follow-ups still to do that are due within <c>withinDays</c> of today (the district's day), overdue ones included,
/// the most urgent first (coordinators).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ListFollowUpsDueQuery(int WithinDays = 7, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<ContactDto>>, IPagedRequest;

public sealed class ListFollowUpsDueValidator : AbstractValidator<ListFollowUpsDueQuery>
{
    public ListFollowUpsDueValidator() => RuleFor(x => x.WithinDays).InclusiveBetween(0, 366).WithMessageKey("Contacts.FollowUpDaysRange");
}

public sealed class ListFollowUpsDueHandler(IAppDbContext db, IClock clock) : IQueryHandler<ListFollowUpsDueQuery, PagedResult<ContactDto>>
{
    public async ValueTask<PagedResult<ContactDto>> Handle(ListFollowUpsDueQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var dueBy = today.AddDays(query.WithinDays);
        return await db.ContactLog.AsNoTracking()
            .FollowUpsDueBy(dueBy)
            .OrderBy(c => c.FollowUpDueOn).ThenBy(c => c.Id)
            .SelectDto(db, today)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
