using Internships.Application.Features.Programmes;

namespace Internships.Web.Pages.Programmes.Manage;

/// <summary>The programme editor's list (coordinators): every micro-credential programme by name, with its badge, requirements and fee.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ProgrammeDto> Programmes { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => Programmes = await sender.Send(new ListProgrammesQuery(PageNumber), ct);
}
