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
    [BindProperty(SupportsGet = true)] public bool? EligibleOnly { get; set; }

    /// <summary>Set by the filter form itself, so that an unticked "only postings open to me" means off, while a first visit means on.</summary>
    [BindProperty(SupportsGet = true)] public bool Filtered { get; set; }

    /// <summary>A student sees only the postings open to them unless they untick it (coordinators and employers have no such filter).</summary>
    public bool OnlyOpenToMe => IsStudent && (EligibleOnly ?? !Filtered);

    /// <summary>The student's applications to the postings on this page, by posting: the results mark them "Applied".</summary>
    public Dictionary<int, Application.Features.Applications.AppliedPostingDto> Applied { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public PostingStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public override string InputPrefix => "";

    public PagedResult<PostingSummaryDto> Results { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    public Dictionary<int, string> PathwayNames { get; private set; } = [];

    public bool IsStudent => User.IsInRole(Roles.Student);

    /// <summary>A filter was refused: the "Filters" panel opens on a phone so its message shows.</summary>
    public bool FiltersRefused => new[] { "", nameof(Q), nameof(MinWage), nameof(MaxWage), nameof(Location) }
        .Any(key => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadPathwaysAsync(ct);
        Results = await sender.Send(new SearchPostingsQuery(Q, PathwayId, MinWage, MaxWage, Location, Remote, OnlyOpenToMe, null,
            IsStudent ? null : Status, Sort, PageNumber, Paging.DefaultPageSize), ct);
        if (IsStudent && Results.Items.Count > 0)
        {
            Applied = (await sender.Send(new Application.Features.Applications.ListMyAppliedPostingsQuery(Results.Items.Select(p => p.Id).ToList()), ct))
                .ToDictionary(a => a.PostingId);
        }
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadPathwaysAsync(cancellationToken);

    private async Task LoadPathwaysAsync(CancellationToken ct)
    {
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        PathwayNames = Pathways.ToDictionary(p => p.Id, p => p.Name);
    }
}
