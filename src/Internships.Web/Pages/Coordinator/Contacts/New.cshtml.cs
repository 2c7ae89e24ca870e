using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Contacts;
using Internships.Application.Features.Placements;
using Internships.Domain.Contacts;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Contacts;

/// <summary>Record a site visit or a contact: about a placement (from its page) or a student, with a follow-up if one is needed.</summary>
public sealed class NewModel(ISender sender, IClock clock, IStringLocalizer<PartnerText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? PlacementId { get; set; }
    [BindProperty(SupportsGet = true)] public int? StudentId { get; set; }

    [BindProperty] public ContactInput Input { get; set; } = new();

    public DateOnly Today => clock.Today;

    /// <summary>The placement the contact is about, named on the page by its student and posting.</summary>
    public PlacementDto? Placement { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.OccurredOn ??= clock.Today;
        await LoadAsync(ct);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) =>
        Placement = PlacementId is { } id ? await sender.Send(new GetPlacementQuery(id), ct) : null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var contact = await sender.Send(new RecordContactCommand(Input.OccurredOn ?? default, Input.Kind ?? ContactKind.SiteVisit, Input.Notes ?? "",
            PlacementId, StudentId, Input.With, Input.People, Input.FollowUp, Input.FollowUpDueOn), ct);
        var kind = Display.Words(contact.Kind).ToLower(System.Globalization.CultureInfo.CurrentCulture);
        string message = contact.FollowUp is null
            ? text["Visits.Recorded", kind, contact.StudentName]
            : text["Visits.RecordedWithFollowUp", kind, contact.StudentName, Display.Day(contact.FollowUpDueOn!.Value)];
        return contact.PlacementId is { } placementId ? DoneLocal(message, $"/placements/{placementId}#visits") : Done(message, "Index");
    }

    public sealed class ContactInput
    {
        public DateOnly? OccurredOn { get; set; }
        public ContactKind? Kind { get; set; }
        public List<ContactParties> With { get; set; } = [];
        public string? People { get; set; }
        public string? Notes { get; set; }
        public string? FollowUp { get; set; }
        public DateOnly? FollowUpDueOn { get; set; }
    }
}
