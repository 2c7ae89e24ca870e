using Internships.Application.Features.Badges;
using Internships.Application.Features.Employers;
using Internships.Domain.Badges;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Badges;

/// <summary>
/// The badge catalogue: every badge class, its kind, award rule and prerequisites; award one by hand to a student (by SIS
/// id) or an organisation; revoke a recent award with a reason, after a confirmation (its reason is asked in the
/// confirmation). A refused award shows its message on its own card.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<IssuingText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public BadgeKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool IncludeRetired { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    [BindProperty] public AwardInput Input { get; set; } = new();

    public PagedResult<BadgeClassDto> Catalogue { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public PagedResult<AwardDto> RecentAwards { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<EmployerDto> Employers { get; private set; } = [];

    /// <summary>The badge whose award form failed, so its message shows on its card.</summary>
    public int? FailedBadgeId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>A manual award (training, capacity) to the student with the SIS id typed in.</summary>
    public async Task<IActionResult> OnPostAwardAsync(int badgeId, CancellationToken ct)
    {
        FailedBadgeId = badgeId;
        if (string.IsNullOrWhiteSpace(Input.StudentSisId))
        {
            ModelState.AddModelError("Input.StudentSisId", text["Badges.SisIdRequired"]);
            await LoadAsync(ct);
            return Page();
        }

        var award = await sender.Send(new AwardBadgeCommand(null, null, Input.Narrative, null) { BadgeClassId = badgeId, StudentSisId = Input.StudentSisId }, ct);
        return Done(text["Badges.Awarded", award.RecipientName, award.BadgeName]);
    }

    /// <summary>An organisation's badge (an employer partner, an agency whose staff trained) to the employer chosen.</summary>
    public async Task<IActionResult> OnPostAwardOrganisationAsync(int badgeId, CancellationToken ct)
    {
        FailedBadgeId = badgeId;
        if (Input.EmployerId is null)
        {
            ModelState.AddModelError("Input.EmployerId", text["Badges.ChooseOrganisation"]);
            await LoadAsync(ct);
            return Page();
        }

        var award = await sender.Send(new AwardBadgeCommand(null, Input.EmployerId, Input.Narrative, null) { BadgeClassId = badgeId }, ct);
        return Done(text["Badges.Awarded", award.RecipientName, award.BadgeName]);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid awardId, bool confirmed, CancellationToken ct)
    {
        var held = await sender.Send(new GetAwardQuery(awardId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Badges.RevokeQuestion", held.BadgeName, held.RecipientName],
                text["Badges.RevokeConsequences"],
                text["Badges.RevokeConfirm"])
            {
                Reason = new ConfirmationReason(text["Badges.RevokeReason"], Required: true),
            }, ct) is { } ask)
        {
            return ask;
        }

        var award = await sender.Send(new RevokeAwardCommand(Input.Reason ?? "") { AwardId = awardId }, ct);
        return Done(text["Badges.Revoked", award.BadgeName, award.RecipientName]);
    }

    /// <summary>The badges awarded (not revoked), as the latest awards list shows them, as a spreadsheet.</summary>
    public async Task<IActionResult> OnGetExportAsync(Application.Common.Exports.ExportFormat format, CancellationToken ct) =>
        ExportLinks.File(await sender.Send(new ExportAwardsQuery(new ListAwardsQuery(Revoked: false), format), ct));

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Catalogue = await sender.Send(new ListBadgeClassesQuery(Kind, null, IncludeRetired, PageNumber), ct);
        RecentAwards = await sender.Send(new ListAwardsQuery(Revoked: false), ct);
        Employers = Catalogue.Items.Any(b => b.RecipientType == BadgeRecipientType.Organisation)
            ? (await sender.Send(new ListEmployersQuery(PageSize: Paging.MaxPageSize), ct)).Items
            : [];
        SayRefusalAboveWhenItsCardIsNotShown();
    }

    /// <summary>A refused award whose badge is on another page of the catalogue still says why, at the top of this one.</summary>
    private void SayRefusalAboveWhenItsCardIsNotShown()
    {
        if (FailedBadgeId is not { } failed || Catalogue.Items.Any(b => b.Id == failed))
        {
            return;
        }

        foreach (var field in new[] { "Input.StudentSisId", "Input.StudentId", "Input.EmployerId" })
        {
            if (ModelState.TryGetValue(field, out var entry))
            {
                foreach (var error in entry.Errors.ToList())
                {
                    ModelState.AddModelError(string.Empty, error.ErrorMessage);
                }
            }
        }
    }

    public sealed class AwardInput
    {
        public string? StudentSisId { get; set; }

        public int? EmployerId { get; set; }

        public string? Narrative { get; set; }

        public string? Reason { get; set; }
    }
}
