using Internships.Application.Features.BadgeClaims;

namespace Internships.Web.Pages.Student;

/// <summary>The student's claims to badges earned outside the classroom, newest first, each with where it stands.</summary>
public sealed class ClaimsModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<BadgeClaimDto> Claims { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => Claims = await sender.Send(new ListMyBadgeClaimsQuery(Page: PageNumber), ct);
}
