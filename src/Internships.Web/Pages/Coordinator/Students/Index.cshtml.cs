using Internships.Application.Features.Pathways;
using Internships.Application.Features.Schools;
using Internships.Application.Features.Students;

namespace Internships.Web.Pages.Coordinator.Students;

/// <summary>Students by name or SIS id, school, grade, pathway, whether enrolled, and whether not yet placed; paged.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? SchoolId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Grade { get; set; }
    [BindProperty(SupportsGet = true)] public int? PathwayId { get; set; }
    [BindProperty(SupportsGet = true)] public bool? NotPlaced { get; set; }
    [BindProperty(SupportsGet = true)] public bool? IsActive { get; set; }
    [BindProperty(SupportsGet = true)] public int? TermId { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public override string InputPrefix => "";

    public PagedResult<StudentSummaryDto> Students { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        Students = await sender.Send(new ListStudentsQuery(Q, SchoolId, Grade, PathwayId, IsActive, PageNumber, NotPlaced: NotPlaced, TermId: TermId), ct);
    }

    public async Task<IActionResult> OnGetExportAsync(Application.Common.Exports.ExportFormat format, CancellationToken ct) =>
        ExportLinks.File(await sender.Send(new ExportStudentsQuery(
            new ListStudentsQuery(Q, SchoolId, Grade, PathwayId, IsActive, NotPlaced: NotPlaced, TermId: TermId), format), ct));

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        Schools = (await sender.Send(new ListSchoolsQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
    }
}
