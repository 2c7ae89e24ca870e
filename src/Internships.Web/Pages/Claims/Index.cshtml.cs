using Internships.Application.Features.BadgeClaims;
using Internships.Domain.Badges;

namespace Internships.Web.Pages.Claims;

/// <summary>
/// The review queue of badge claims: a coordinator sees every claim, an employer admin those on the badges their
/// organisation endorses; waiting ones first by default, oldest first.
/// </summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public BadgeClaimStatus? Status { get; set; } = BadgeClaimStatus.Submitted;

    [BindProperty(SupportsGet = true)] public bool All { get; set; }

    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<BadgeClaimDto> Claims { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) =>
        Claims = await sender.Send(new ListBadgeClaimsQuery(All ? null : Status ?? BadgeClaimStatus.Submitted, Page: PageNumber), ct);
}
