using Internships.Application.Common.Localization;
using Internships.Application.Features.Users;
using Internships.Web.Infrastructure.Localization;

namespace Internships.Web.Pages;

/// <summary>
/// The language switch's target (signed in or out): remembers the choice in a cookie and, for a signed-in person, as
/// their stored preference (which otherwise wins over the cookie), then goes back to the page it came from, a local
/// address only. Opened directly, it shows the two choices.
/// </summary>
public sealed class LanguageModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(string? language, CancellationToken ct)
    {
        if (Languages.Match(language) is not { } chosen)
        {
            return BadRequest();
        }

        ProductLocalization.RememberInCookie(Response, chosen);
        if (User.Identity?.IsAuthenticated == true)
        {
            await sender.Send(new SetMyLanguageCommand(chosen), ct);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
