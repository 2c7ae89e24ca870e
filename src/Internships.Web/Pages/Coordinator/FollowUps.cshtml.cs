using Internships.Application.Features.Contacts;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator;

/// <summary>Follow-ups of site visits and contacts due within a week (overdue ones first), marked done from here.</summary>
public sealed class FollowUpsModel(ISender sender, IStringLocalizer<CoordinatorText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int WithinDays { get; set; } = 7;
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ContactDto> Due { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDoneAsync(int contactId, CancellationToken ct)
    {
        var contact = await sender.Send(new CompleteFollowUpCommand(contactId), ct);
        return Done(text["FollowUps.Done", contact.StudentName], null, new { WithinDays });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) => Due = await sender.Send(new ListFollowUpsDueQuery(WithinDays, PageNumber), ct);
}
