using Internships.Application.Common.Security;
using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Placements;
using Internships.Domain.Placements;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Placements;

/// <summary>
/// One placement: the intern logs hours, the supervisor approves or returns them and evaluates, a coordinator records
/// the paperwork and completes it. Each form sends the API's own use case; who may do what is the use case's decision.
/// </summary>
[RequestSizeLimit(Uploads.MaxPageBodyBytes)]
public sealed class DetailsModel(ISender sender, IStringLocalizer<PlacementText> text) : AppPageModel
{
    public PlacementDto Placement { get; private set; } = null!;

    public PagedResult<TimesheetEntryDto> Hours { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<EvaluationDto> Evaluations { get; private set; } = [];

    [BindProperty] public PlacementInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public bool IsIntern => User.IsInRole(Roles.Student) && Placement.Status == PlacementStatus.Active;

    public bool IsSupervisor => User.IsInRole(Roles.Supervisor);

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator);

    /// <summary>A coordinator may approve hours and record evaluations on behalf of a supervisor who cannot.</summary>
    public bool MayStandIn => IsCoordinator && !IsSupervisor && Placement.SupervisorId is not null;

    /// <summary>Coordinators and the employer's admins name the placement's supervisor.</summary>
    public bool MayAssignSupervisor => IsCoordinator || User.IsInRole(Roles.EmployerAdmin);

    /// <summary>The employer's supervisors to choose from, for those who may assign one.</summary>
    public IReadOnlyList<Application.Features.Employers.SupervisorDto> Supervisors { get; private set; } = [];

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostLogHoursAsync(CancellationToken ct)
    {
        var entry = await sender.Send(new LogHoursCommand(Input.WorkDate ?? default, Input.Hours ?? 0, Input.Tasks ?? "") { PlacementId = Id }, ct);
        return Done(text["Placements.Done.Logged", Display.Hours(entry.Hours), Display.Day(entry.WorkDate)], null, new { id = Id });
    }

    /// <summary>The hour entry whose approval or return was refused: its row shows why.</summary>
    public int? FailedEntryId { get; private set; }

    public async Task<IActionResult> OnPostApproveAsync(int entryId, CancellationToken ct)
    {
        FailedEntryId = entryId;
        var entry = await sender.Send(new ApproveHoursCommand(entryId), ct);
        return Done(text[entry.ReviewedOnBehalfBy is null ? "Placements.Done.Approved" : "Placements.Done.ApprovedOnBehalf",
            Display.Hours(entry.Hours), Display.Day(entry.WorkDate)], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostSupervisorAsync(CancellationToken ct)
    {
        if (Input.SupervisorId is null)
        {
            ModelState.AddModelError("Input.SupervisorId", text["Placements.Error.ChooseSupervisor"]);
            await LoadAsync(ct);
            return Page();
        }

        var placement = await sender.Send(new AssignPlacementSupervisorCommand(Input.SupervisorId.Value) { PlacementId = Id }, ct);
        return Done(text["Placements.Done.SupervisorAssigned", placement.SupervisorName ?? "", placement.StudentName, Lower(Display.Words(placement.Status))],
            null, new { id = Id });
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken ct)
    {
        var placement = await sender.Send(new EndPlacementCommand(Input.Reason ?? "") { PlacementId = Id }, ct);
        return Done(text["Placements.Done.Ended", placement.StudentName], null, new { id = Id });
    }

    /// <summary>The signed copy of a document, as a download (coordinators).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(PlacementDocumentType type, CancellationToken ct)
    {
        var file = await sender.Send(new DownloadPlacementDocumentQuery(Id, type), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>Whether the timesheet offers ticking entries to approve several at once: a reviewer, and entries waiting.</summary>
    public bool MayApproveSelected => (IsSupervisor || MayStandIn) && Hours.Items.Any(e => e.Status == TimesheetStatus.Submitted);

    public async Task<IActionResult> OnPostApproveSelectedAsync(CancellationToken ct)
    {
        var entries = await sender.Send(new ApproveSelectedHoursCommand(Input.EntryIds) { PlacementId = Id }, ct);
        var key = (entries.Count == 1 ? "Placements.Done.ApprovedInOne" : "Placements.Done.ApprovedInMany")
            + (entries.Any(e => e.ReviewedOnBehalfBy is not null) ? "OnBehalf" : "");
        return Done(text[key, Display.Hours(entries.Sum(e => e.Hours)), entries.Count], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostReturnAsync(int entryId, CancellationToken ct)
    {
        FailedEntryId = entryId;
        var entry = await sender.Send(new ReturnHoursCommand(Input.Note ?? "") { EntryId = entryId }, ct);
        return Done(text["Placements.Done.Returned", Display.Day(entry.WorkDate)], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostDocumentAsync(CancellationToken ct)
    {
        var file = await Uploads.ReadAsync(Input.File, ct);
        if (file is null && Input.Type is { } type && !await HasSignedCopyAsync(type, ct))
        {
            ModelState.AddModelError("Input.File", text["Placements.Error.SignedFileRequired"]);
            await LoadAsync(ct);
            return Page();
        }

        var placement = await sender.Send(new RecordPlacementDocumentCommand(Input.Type ?? (PlacementDocumentType)(-1), Input.ReceivedOn ?? default, Input.ExpiresOn)
        {
            PlacementId = Id,
            File = file,
        }, ct);
        return Done(text["Placements.Done.DocumentRecorded", Lower(Display.Words(Input.Type ?? default)), Lower(Display.Words(placement.Status))],
            null, new { id = Id });
    }

    private async Task<bool> HasSignedCopyAsync(PlacementDocumentType type, CancellationToken ct) =>
        (await sender.Send(new GetPlacementQuery(Id), ct)).Documents.Any(d => d.Type == type && d.HasFile);

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken ct)
    {
        var placement = await sender.Send(new CompletePlacementCommand(Id), ct);
        return Done(text["Placements.Done.Completed", placement.StudentName], null, new { id = Id });
    }

    /// <summary>A state's or a document's words inside a sentence ("The placement is active.", "La pasantía está activa.").</summary>
    private static string Lower(string words) => words.ToLower(System.Globalization.CultureInfo.CurrentCulture);

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Placement = await sender.Send(new GetPlacementQuery(Id), ct);
        Hours = await sender.Send(new ListPlacementHoursQuery(Id, null, PageNumber), ct);
        Evaluations = await sender.Send(new ListPlacementEvaluationsQuery(Id), ct);
        Supervisors = MayAssignSupervisor && Placement.Status is PlacementStatus.Pending or PlacementStatus.Active
            ? (await sender.Send(new Application.Features.Employers.ListSupervisorsQuery(Placement.EmployerId, PageSize: Paging.MaxPageSize), ct)).Items
            : [];
    }

    public sealed class PlacementInput
    {
        public DateOnly? WorkDate { get; set; }
        public decimal? Hours { get; set; }
        public string? Tasks { get; set; }
        public string? Note { get; set; }

        /// <summary>The hour entries ticked to approve at once.</summary>
        public List<int> EntryIds { get; set; } = [];
        public PlacementDocumentType? Type { get; set; }
        public DateOnly? ReceivedOn { get; set; }
        public DateOnly? ExpiresOn { get; set; }
        public IFormFile? File { get; set; }
        public int? SupervisorId { get; set; }
        public string? Reason { get; set; }
    }
}
