using Internships.Application.Common.Security;
using Internships.Application.Features.BadgeClaims;
using Internships.Domain.Badges;
using Internships.Web.Pages.Student;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Claims;

/// <summary>
/// One badge claim: its evidence; for a reviewer (a coordinator, the endorsing employer's admin) the three decisions
/// (approve, ask for more, decline with a reason, asked first); for its student, while it is open, the evidence to change.
/// </summary>
[RequestSizeLimit(Uploads.MaxPageBodyBytes)]
public sealed class DetailsModel(ISender sender, IStringLocalizer<ClaimText> text) : AppPageModel
{
    [BindProperty] public ReviewInput Input { get; set; } = new();

    public BadgeClaimDto Claim { get; private set; } = null!;

    public bool IsReviewer => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.EmployerAdmin);

    public bool IsOwnStudent => User.IsInRole(Roles.Student) && Claim.Status is BadgeClaimStatus.Submitted or BadgeClaimStatus.MoreRequested;

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Narrative = Claim.Narrative;
        Input.Links = string.Join('\n', Claim.Links);
        Input.Version = Claim.Version;
    }

    public async Task<IActionResult> OnGetFileAsync(CancellationToken ct)
    {
        var file = await sender.Send(new DownloadBadgeClaimFileQuery(Id), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct)
    {
        var claim = await sender.Send(new ApproveBadgeClaimCommand(Id) { ExpectedVersion = Input.Version }, ct);
        return Done(text["Claims.Approved", claim.StudentName, claim.BadgeName], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostAskForMoreAsync(CancellationToken ct)
    {
        var claim = await sender.Send(new AskForMoreOnBadgeClaimCommand(Input.Note ?? "") { ClaimId = Id, ExpectedVersion = Input.Version }, ct);
        return Done(text["Claims.SentBack", claim.StudentName], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostDeclineAsync(bool confirmed, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Claims.DeclineQuestion", Claim.StudentName, Claim.BadgeName],
                text["Claims.DeclineConsequences", Claim.StudentName],
                text["Claims.YesDecline"])
            {
                Reason = new ConfirmationReason(text["Claims.DeclineReason"], Required: true),
            }, ct) is { } ask)
        {
            return ask;
        }

        var claim = await sender.Send(new DeclineBadgeClaimCommand(Input.Reason ?? "") { ClaimId = Id }, ct);
        return Done(text["Claims.Declined", claim.StudentName, claim.BadgeName], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostResubmitAsync(CancellationToken ct)
    {
        var claim = await sender.Send(new UpdateBadgeClaimCommand(Input.Narrative ?? "", ClaimNewModel.ClaimInput.LinksOf(Input.Links))
        {
            ClaimId = Id, ExpectedVersion = Input.Version, EvidenceFile = await Uploads.ReadAsync(Input.File, ct),
        }, ct);
        return Done(text["Claims.SentForReview", claim.BadgeName], null, new { id = Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ClaimNewModel.ClaimInput.PlaceErrors(ModelState);
    }

    private async Task LoadAsync(CancellationToken ct) => Claim = await sender.Send(new GetBadgeClaimQuery(Id), ct);

    public sealed class ReviewInput
    {
        public long? Version { get; set; }
        public string? Note { get; set; }
        public string? Reason { get; set; }
        public string? Narrative { get; set; }
        public string? Links { get; set; }
        public IFormFile? File { get; set; }
    }
}
