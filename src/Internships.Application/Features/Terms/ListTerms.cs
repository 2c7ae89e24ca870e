namespace Internships.Application.Features.Terms;

/// <summary>The district's terms, the latest first (a district has a few a year, so the list is not paged).</summary>
[Authorize]
public sealed record ListTermsQuery : IQuery<IReadOnlyList<TermDto>>;

public sealed class ListTermsHandler(IAppDbContext db) : IQueryHandler<ListTermsQuery, IReadOnlyList<TermDto>>
{
    public async ValueTask<IReadOnlyList<TermDto>> Handle(ListTermsQuery query, CancellationToken cancellationToken) =>
        await db.Terms.AsNoTracking().OrderByDescending(t => t.StartDate).ThenBy(t => t.Name)
            .Select(t => new TermDto(t.Id, t.Name, t.StartDate, t.EndDate)).ToListAsync(cancellationToken);
}
