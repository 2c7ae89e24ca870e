using Internships.Application.Common.Localization;
using Internships.Application.Features.Users;
using Internships.Web.Infrastructure.Localization;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Settings;

/// <summary>The signed-in person's language: English, Spanish, or whatever their browser asks for.</summary>
[Authorize]
public sealed class LanguageModel(ISender sender, IStringLocalizer<AccountText> text) : AppPageModel
{
    /// <summary>"en-US", "es-US", or empty to follow the browser.</summary>
    [BindProperty] public string? Language { get; set; }

    public override string InputPrefix => "";

    public async Task OnGetAsync(CancellationToken ct) => Language = (await sender.Send(new GetMyLanguageQuery(), ct)).Language;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await sender.Send(new SetMyLanguageCommand(string.IsNullOrEmpty(Language) ? null : Language), ct);
        if (saved.Language is { } chosen)
        {
            ProductLocalization.RememberInCookie(Response, chosen);
        }
        else
        {
            Response.Cookies.Delete(ProductLocalization.CookieName);
        }

        // The message is read on the next page, in the language just chosen.
        var culture = System.Globalization.CultureInfo.GetCultureInfo(saved.Language ?? Languages.Default);
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        return Done(saved.Language is null ? text["Language.SavedBrowser"] : text["Language.Saved"]);
    }
}
