using Internships.Application.Features.Roster;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Roster;

/// <summary>
/// One roster import: while the job reads it, the page refreshes itself every two seconds; then it shows what changed
/// (or would, for a preview), every error with its file, line and column, and for a preview without errors, the button
/// that applies it.
/// </summary>
public sealed class ImportModel(ISender sender, IStringLocalizer<IssuingText> text) : AppPageModel
{
    public RosterImportDto Import { get; private set; } = null!;

    public bool IsWaiting => Import.Status is "Queued" or "Running";

    public bool CanApply => Import is { DryRun: true, Status: "Succeeded" };

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Import = await sender.Send(new GetRosterImportQuery(id), ct);
        if (IsWaiting)
        {
            // Plain HTTP refresh: the page follows the job without JavaScript.
            Response.Headers["Refresh"] = "2";
        }
    }

    public async Task<IActionResult> OnPostApplyAsync(int id, CancellationToken ct)
    {
        var import = await sender.Send(new ApplyRosterImportCommand(id), ct);
        return Done(text["Roster.BeingApplied"], "/Coordinator/Roster/Import", new { id = import.Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken) =>
        Import = await sender.Send(new GetRosterImportQuery(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture)),
            cancellationToken);
}
