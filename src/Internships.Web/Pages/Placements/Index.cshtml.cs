using Internships.Application.Features.Placements;
using Internships.Domain.Placements;

namespace Internships.Web.Pages.Placements;

/// <summary>
/// Placements the user may see, by the same rules as the API: a student's own, a supervisor's interns, an employer's
/// interns, or every placement with its paperwork status for coordinators.
/// </summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public PlacementStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int? TermId { get; set; }
    [BindProperty(SupportsGet = true)] public int? SchoolId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? MissingPaperwork { get; set; }

    /// <summary>Only placements with hour entries waiting for approval (the dashboard's link).</summary>
    [BindProperty(SupportsGet = true)] public bool? HoursWaiting { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PlacementSummaryDto> Placements { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) =>
        Placements = await sender.Send(new ListPlacementsQuery(Status, null, PageNumber, TermId: TermId, SchoolId: SchoolId,
            MissingPaperwork: MissingPaperwork, HoursWaiting: HoursWaiting), ct);


    public async Task<IActionResult> OnGetExportAsync(Application.Common.Exports.ExportFormat format, CancellationToken ct) =>
        ExportLinks.File(await sender.Send(new ExportPlacementsQuery(new ListPlacementsQuery(Status, null, 1, TermId: TermId, SchoolId: SchoolId,
            MissingPaperwork: MissingPaperwork, HoursWaiting: HoursWaiting), format), ct));
}
