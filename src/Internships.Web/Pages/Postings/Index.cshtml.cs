using Internships.Application.Common.Security;
using Internships.Application.Features.Pathways;
using Internships.Application.Features.Postings;
using Internships.Domain.Postings;

namespace Internships.Web.Pages.Postings;

/// <summary>Search and filter postings: what is taking applications, or (coordinators, employers) any status.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? PathwayId { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MinWage { get; set; }
    [BindProperty(SupportsGet = true)] public decimal? MaxWage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Location { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Remote { get; set; }
    [BindProperty(SupportsGet = true)] public bool EligibleOnly { get; set; }
    [BindProperty(SupportsGet = true)] public PostingStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public override string InputPrefix => "";

    public PagedResult<PostingSummaryDto> Results { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    public Dictionary<int, string> PathwayNames { get; private set; } = [];

    public bool IsStudent => User.IsInRole(Roles.Student);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadPathwaysAsync(ct);
        Results = await sender.Send(new SearchPostingsQuery(Q, PathwayId, MinWage, MaxWage, Location, Remote, EligibleOnly && IsStudent, null,
            IsStudent ? null : Status, Sort, PageNumber, Paging.DefaultPageSize), ct);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadPathwaysAsync(cancellationToken);

    private async Task LoadPathwaysAsync(CancellationToken ct)
    {
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        PathwayNames = Pathways.ToDictionary(p => p.Id, p => p.Name);
    }
}
