using Internships.Application.Features.Contacts;
using Internships.Application.Features.Terms;
using Internships.Domain.Contacts;

namespace Internships.Web.Pages.Coordinator.Contacts;

/// <summary>The contact log (site visits, calls, meetings), filtered and downloadable as it is shown.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? PlacementId { get; set; }
    [BindProperty(SupportsGet = true)] public int? StudentId { get; set; }
    [BindProperty(SupportsGet = true)] public ContactKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int? TermId { get; set; }
    [BindProperty(SupportsGet = true)] public FollowUpFilter FollowUp { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ContactDto> Contacts { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<TermDto> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Terms = await sender.Send(new ListTermsQuery(), ct);
        Contacts = await sender.Send(new ListContactsQuery(PlacementId, StudentId, null, Kind, TermId, null, null, FollowUp, PageNumber), ct);
    }


    public async Task<IActionResult> OnGetExportAsync(Application.Common.Exports.ExportFormat format, CancellationToken ct) =>
        ExportLinks.File(await sender.Send(new ExportContactsQuery(new ListContactsQuery(PlacementId, StudentId, null, Kind, TermId, null, null, FollowUp),
            format), ct));
}
