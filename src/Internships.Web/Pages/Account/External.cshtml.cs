using Internships.Infrastructure.Identity;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Internships.Web.Pages.Account;

/// <summary>
/// Signing in through the district's provider: the button posts here and is sent to the provider; the provider's answer
/// comes back here, is matched to an account (<see cref="DistrictAccounts"/>), and either signs the person in or says
/// plainly why not.
/// </summary>
public sealed partial class ExternalModel(SignInManager<AppUser> signIn, DistrictAccounts accounts, IOptions<SsoOptions> sso,
    IStringLocalizer<AdminText> text, IStringLocalizer<AccountText> accountText, ILogger<ExternalModel> logger) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the sign-in did not happen, in the person's terms.</summary>
    public string Problem { get; private set; } = "";

    public string? ProviderName { get; private set; }

    /// <summary>The provider sent the person back with an error (or the exchange failed).</summary>
    public IActionResult OnGet(string? failed)
    {
        ProviderName = failed is not null && sso.Value.Providers.TryGetValue(failed, out var provider) ? provider.DisplayName : null;
        Problem = text["External.Failed"];
        return Refused();
    }

    public IActionResult OnPost(string provider)
    {
        if (!sso.Value.Providers.ContainsKey(provider))
        {
            return NotFound();
        }

        var redirect = Url.Page("/Account/External", "Callback", new { ReturnUrl, provider });
        var properties = signIn.ConfigureExternalAuthenticationProperties(SsoProviderOptions.SchemeName(provider), redirect);
        return Challenge(properties, SsoProviderOptions.SchemeName(provider));
    }

    public async Task<IActionResult> OnGetCallbackAsync(string provider, CancellationToken ct)
    {
        ProviderName = sso.Value.Providers.TryGetValue(provider, out var settings) ? settings.DisplayName : null;
        var login = await signIn.GetExternalLoginInfoAsync();
        if (login is null || settings is null || login.LoginProvider != SsoProviderOptions.SchemeName(provider))
        {
            return OnGet(provider);
        }

        var (user, refusal) = await accounts.FindOrLinkAsync(provider, login, ct);
        var result = user is null ? null : await signIn.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey, isPersistent: false, bypassTwoFactor: false);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (result?.RequiresTwoFactor == true)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        if (result?.Succeeded == true)
        {
            StatusMessage = accountText["SignIn.Done"];
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : SignInModel.HomeOf(await signIn.CreateUserPrincipalAsync(user!)));
        }

        var email = login.Principal.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? text["External.YourAddress"];
        var reason = refusal ?? DistrictSignInRefusal.AccountDisabled;
        LogRefused(logger, provider, reason);
        Problem = reason switch
        {
            DistrictSignInRefusal.NotOnRoster => text["External.NotOnRoster", email],
            DistrictSignInRefusal.EmailNotVerified => text["External.EmailNotVerified"],
            DistrictSignInRefusal.DomainNotAllowed => text["External.DomainNotAllowed", email],
            _ => text["External.Disabled"],
        };
        return Refused();
    }

    private PageResult Refused() => new() { StatusCode = StatusCodes.Status403Forbidden };

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-in through {Provider} was refused: {Reason}.")]
    private static partial void LogRefused(ILogger logger, string provider, DistrictSignInRefusal reason);
}
