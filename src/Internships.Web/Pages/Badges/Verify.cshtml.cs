using Internships.Application.Features.Badges;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Internships.Web.Pages.Badges;

/// <summary>The public verification page of an award: anyone, no sign-in (limited per address like the documents behind it).</summary>
[EnableRateLimiting(RateLimits.PublicDocuments)]
public sealed class VerifyModel(ISender sender) : PageModel
{
    public AwardVerification Award { get; private set; } = null!;

    public string StatusText => Award.Status switch
    {
        AwardStatus.Revoked => Display.Words(AwardStatus.Revoked),
        AwardStatus.Expired => Display.Words(AwardStatus.Expired),
        _ => Display.Shared("State.Valid"),
    };

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Award = await sender.Send(new VerifyAwardQuery(id), cancellationToken);
}
