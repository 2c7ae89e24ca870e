using Internships.Application.Common.Models;
using Internships.Application.Features.Badges;
using Internships.Domain.Badges;
using Internships.Web.Infrastructure.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Pages.Coordinator;

/// <summary>The badge catalogue: every badge class, its kind, award rule and prerequisites.</summary>
public sealed class BadgesModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public BadgeKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool IncludeRetired { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    [BindProperty] public AwardInput Input { get; set; } = new();

    public PagedResult<BadgeClassDto> Catalogue { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public PagedResult<AwardDto> RecentAwards { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>A manual award (training, capacity) to the student with the SIS id typed in.</summary>
    public async Task<IActionResult> OnPostAwardAsync(int badgeId, CancellationToken ct)
    {
        var award = await sender.Send(new AwardBadgeCommand(null, null, Input.Narrative, null) { BadgeClassId = badgeId, StudentSisId = Input.StudentSisId }, ct);
        return Done($"{award.RecipientName} holds “{award.BadgeName}” now.");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid awardId, CancellationToken ct)
    {
        var award = await sender.Send(new RevokeAwardCommand(Input.Reason ?? "") { AwardId = awardId }, ct);
        return Done($"“{award.BadgeName}” of {award.RecipientName} is revoked; its public page says so.");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Catalogue = await sender.Send(new ListBadgeClassesQuery(Kind, null, IncludeRetired, PageNumber), ct);
        RecentAwards = await sender.Send(new ListAwardsQuery(Revoked: false), ct);
    }

    public sealed class AwardInput
    {
        public string? StudentSisId { get; set; }

        public string? Narrative { get; set; }

        public string? Reason { get; set; }
    }
}
