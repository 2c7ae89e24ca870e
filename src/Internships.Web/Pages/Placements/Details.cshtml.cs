using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Placements;
using Internships.Domain.Placements;
using Internships.Web.Infrastructure.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Pages.Placements;

/// <summary>
/// One placement: the intern logs hours, the supervisor approves or returns them and evaluates, a coordinator records
/// the paperwork and completes it. Each form sends the API's own use case; who may do what is the use case's decision.
/// </summary>
public sealed class DetailsModel(ISender sender) : AppPageModel
{
    public PlacementDto Placement { get; private set; } = null!;

    public PagedResult<TimesheetEntryDto> Hours { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<EvaluationDto> Evaluations { get; private set; } = [];

    [BindProperty] public PlacementInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public bool IsIntern => User.IsInRole(Roles.Student) && Placement.Status == PlacementStatus.Active;

    public bool IsSupervisor => User.IsInRole(Roles.Supervisor);

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator);

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostLogHoursAsync(CancellationToken ct)
    {
        var entry = await sender.Send(new LogHoursCommand(Input.WorkDate ?? default, Input.Hours ?? 0, Input.Tasks ?? "") { PlacementId = Id }, ct);
        return Done($"You logged {Display.Hours(entry.Hours)} hours for {Display.Day(entry.WorkDate)}. Your supervisor will review them.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostApproveAsync(int entryId, CancellationToken ct)
    {
        var entry = await sender.Send(new ApproveHoursCommand(entryId), ct);
        return Done($"You approved {Display.Hours(entry.Hours)} hours for {Display.Day(entry.WorkDate)}.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostReturnAsync(int entryId, CancellationToken ct)
    {
        var entry = await sender.Send(new ReturnHoursCommand(Input.Note ?? "") { EntryId = entryId }, ct);
        return Done($"You returned the hours for {Display.Day(entry.WorkDate)} to the intern with your note.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostDocumentAsync(CancellationToken ct)
    {
        var placement = await sender.Send(new RecordPlacementDocumentCommand(Input.Type ?? default, Input.ReceivedOn ?? default) { PlacementId = Id }, ct);
        return Done($"You recorded the {Display.Words(Input.Type ?? default).ToLowerInvariant()}. The placement is {Display.Words(placement.Status).ToLowerInvariant()}.",
            null, new { id = Id });
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        var placement = await sender.Send(new CompletePlacementCommand(Id), ct);
        return Done($"The placement of {placement.StudentName} is complete; the badges it earns are awarded.", null, new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Placement = await sender.Send(new GetPlacementQuery(Id), ct);
        Hours = await sender.Send(new ListPlacementHoursQuery(Id, null, PageNumber), ct);
        Evaluations = await sender.Send(new ListPlacementEvaluationsQuery(Id), ct);
    }

    public sealed class PlacementInput
    {
        public DateOnly? WorkDate { get; set; }
        public decimal? Hours { get; set; }
        public string? Tasks { get; set; }
        public string? Note { get; set; }
        public PlacementDocumentType? Type { get; set; }
        public DateOnly? ReceivedOn { get; set; }
    }
}
