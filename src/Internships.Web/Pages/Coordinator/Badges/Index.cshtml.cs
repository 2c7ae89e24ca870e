using Internships.Application.Features.Badges;
using Internships.Application.Features.Employers;
using Internships.Domain.Badges;

namespace Internships.Web.Pages.Coordinator.Badges;

/// <summary>
/// The badge catalogue: every badge class, its kind, award rule and prerequisites; award one by hand to a student (by SIS
/// id) or an organisation; revoke a recent award with a reason, after a confirmation (its reason is asked in the
/// confirmation). A refused award shows its message on its own card.
/// </summary>
public sealed class IndexModel(ISender sender) : AppPageModel
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
            ModelState.AddModelError("Input.StudentSisId", "Enter the student's SIS id.");
            await LoadAsync(ct);
            return Page();
        }

        var award = await sender.Send(new AwardBadgeCommand(null, null, Input.Narrative, null) { BadgeClassId = badgeId, StudentSisId = Input.StudentSisId }, ct);
        return Done($"{award.RecipientName} holds “{award.BadgeName}” now.");
    }

    /// <summary>An organisation's badge (an employer partner, an agency whose staff trained) to the employer chosen.</summary>
    public async Task<IActionResult> OnPostAwardOrganisationAsync(int badgeId, CancellationToken ct)
    {
        FailedBadgeId = badgeId;
        if (Input.EmployerId is null)
        {
            ModelState.AddModelError("Input.EmployerId", "Choose the organisation to award.");
            await LoadAsync(ct);
            return Page();
        }

        var award = await sender.Send(new AwardBadgeCommand(null, Input.EmployerId, Input.Narrative, null) { BadgeClassId = badgeId }, ct);
        return Done($"{award.RecipientName} holds “{award.BadgeName}” now.");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid awardId, bool confirmed, CancellationToken ct)
    {
        var held = await sender.Send(new GetAwardQuery(awardId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"Revoke “{held.BadgeName}” of {held.RecipientName}?",
                "This cannot be undone: its public page and Open Badges documents will say it is revoked, with your reason, and it " +
                "no longer counts as held (prerequisites, postings that require it).",
                "Yes, revoke the badge")
            {
                Reason = new ConfirmationReason("Reason to revoke (verifiers read it)", Required: true),
            }, ct) is { } ask)
        {
            return ask;
        }

        var award = await sender.Send(new RevokeAwardCommand(Input.Reason ?? "") { AwardId = awardId }, ct);
        return Done($"“{award.BadgeName}” of {award.RecipientName} is revoked; its public page says so.");
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
    }

    public sealed class AwardInput
    {
        public string? StudentSisId { get; set; }

        public int? EmployerId { get; set; }

        public string? Narrative { get; set; }

        public string? Reason { get; set; }
    }
}
