using Internships.Application.Features.Terms;
using Internships.Domain.Contacts;

namespace Internships.Application.Features.Contacts;

/// <summary>
/// The contact log, newest first: of a placement, a student or an employer's worksites, of a kind, in a term or between
/// dates, with follow-ups open or done (coordinators).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ListContactsQuery(
    int? PlacementId = null,
    int? StudentId = null,
    int? EmployerId = null,
    ContactKind? Kind = null,
    int? TermId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    FollowUpFilter FollowUp = FollowUpFilter.Any,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<ContactDto>>, IPagedRequest;

public sealed class ListContactsValidator : AbstractValidator<ListContactsQuery>
{
    public ListContactsValidator()
    {
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessageKey("ContactLog.LastDayBeforeFirst");
    }
}

public sealed class ListContactsHandler(IAppDbContext db, IClock clock) : IQueryHandler<ListContactsQuery, PagedResult<ContactDto>>
{
    public async ValueTask<PagedResult<ContactDto>> Handle(ListContactsQuery query, CancellationToken cancellationToken) =>
        await db.ContactLog.AsNoTracking().Filter(query.PlacementId, query.StudentId, query.EmployerId, query.Kind, query.From, query.To,
                await db.FindTermOrNullAsync(query.TermId, cancellationToken), query.FollowUp)
            .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.Id)
            .SelectDto(db, clock.Today)
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);

}
