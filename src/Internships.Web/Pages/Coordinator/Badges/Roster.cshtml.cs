using Internships.Application.Features.Badges;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Badges;

/// <summary>
/// A bulk award by CSV: the coordinator uploads the roster, sees each row's outcome (to be awarded, skipped, error) with
/// the reason, then applies it; nothing is awarded before. The file travels back with the form, so no node keeps it.
/// </summary>
[RequestSizeLimit(Uploads.MaxPageBodyBytes)]
public sealed class RosterModel(ISender sender, IStringLocalizer<IssuingText> text) : AppPageModel
{
    public BadgeClassDto Badge { get; private set; } = null!;

    public RosterAwardReport? Preview { get; private set; }

    /// <summary>The roster being previewed, sent again to apply it.</summary>
    [BindProperty] public string? Csv { get; set; }

    [BindProperty] public IFormFile? Roster { get; set; }

    public override string InputPrefix => "";

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Csv = await Uploads.ReadTextAsync(Roster, ct);
        Preview = await sender.Send(new PreviewRosterAwardQuery(Id, Csv), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        var report = await sender.Send(new BulkAwardBadgeCommand(Id, Csv ?? ""), ct);
        return Done(text["Badges.RosterDone", report.Awarded, report.Skipped, report.Rejected], "/Coordinator/Badges/Index");
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Preview = null;
        ModelState.Move(key => key == "csv" ? "Csv" : null);
    }

    private async Task LoadAsync(CancellationToken ct) => Badge = await sender.Send(new GetBadgeClassQuery(Id), ct);
}
