namespace Internships.Application.Features.Roster;

/// <summary>The roster imports, newest first, with their totals (the errors and changes are on each import).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListRosterImportsQuery(bool? DryRun = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<RosterImportDto>>, IPagedRequest;

public sealed class ListRosterImportsHandler(IAppDbContext db, RosterImportProgress progress) : IQueryHandler<ListRosterImportsQuery, PagedResult<RosterImportDto>>
{
    public async ValueTask<PagedResult<RosterImportDto>> Handle(ListRosterImportsQuery query, CancellationToken cancellationToken)
    {
        var imports = db.RosterImports.AsNoTracking();
        if (query.DryRun is { } dryRun)
        {
            imports = imports.Where(i => i.DryRun == dryRun);
        }

        var page = await imports.OrderByDescending(i => i.Id).ToPageAsync(query.Page, query.PageSize, cancellationToken);
        return new PagedResult<RosterImportDto>(page.Items.Select(i => RosterImportDto.From(i, progress.Current(i))).ToList(), page.Total, page.Page,
            page.PageSize);
    }
}
