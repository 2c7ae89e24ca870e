using Internships.Application.Features.Employers;

namespace Internships.Web.Pages.Coordinator.Employers;

/// <summary>The district's employer partners: their agreement, insurance and worksite checks at a glance.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public override string InputPrefix => "";

    public PagedResult<EmployerDto> Employers { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => Employers = await sender.Send(new ListEmployersQuery(Q, PageNumber), ct);
}
