using Internships.Application.Common.Security;
using Internships.Application.Features.Programmes;
using Internships.Domain.Programmes;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Programmes;

/// <summary>
/// A participant's progress checklist, requirement by requirement; the participant marks an online module complete here,
/// and a coordinator records the participant's fee as owed, paid or waived.
/// </summary>
public sealed class EnrolmentModel(ISender sender, Application.Common.Interfaces.ICurrentUser user, IStringLocalizer<ProgrammeText> text) : AppPageModel
{
    [BindProperty] public ModuleInput Input { get; set; } = new();

    [BindProperty] public FeeInput Fee { get; set; } = new();

    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);

    public override string InputPrefix => Request.Query["handler"] == "Fee" ? "Fee" : "Input";

    public EnrolmentDto Enrolment { get; private set; } = null!;

    public bool IsParticipant => user.UserId == Enrolment.ParticipantUserId;

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await OnFailedAsync(ct);

    public async Task<IActionResult> OnGetTranscriptAsync(CancellationToken ct)
    {
        var file = await sender.Send(new GetPdTranscriptQuery(Id), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostModuleAsync(int step, CancellationToken ct)
    {
        var enrolment = await sender.Send(new CompleteModuleCommand(Input.Narrative ?? "", string.IsNullOrWhiteSpace(Input.EvidenceUrl) ? null : Input.EvidenceUrl)
            { EnrolmentId = Id, Step = step }, ct);
        return Done(enrolment.CompletedAt is null ? text["Checklist.ModuleDone"] : text["Checklist.Completed", enrolment.ProgrammeName], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostFeeAsync(CancellationToken ct)
    {
        var enrolment = await sender.Send(new RecordProgrammeFeeCommand(Fee.Status ?? FeeStatus.None) { EnrolmentId = Id }, ct);
        return Done(text["Fee.Recorded", enrolment.ParticipantName, text["Fee." + enrolment.Fee]], null, new { id = Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken) =>
        Enrolment = await sender.Send(new GetEnrolmentQuery(Id), cancellationToken);

    public sealed class FeeInput
    {
        public FeeStatus? Status { get; set; }
    }

    public sealed class ModuleInput
    {
        public string? Narrative { get; set; }

        public string? EvidenceUrl { get; set; }
    }
}
