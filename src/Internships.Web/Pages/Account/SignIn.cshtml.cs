using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Internships.Application.Common.Localization;
using Internships.Application.Common.Security;
using Internships.Infrastructure.Identity;
using Internships.Web.Endpoints;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Internships.Web.Pages.Account;

/// <summary>
/// Cookie sign-in with the same Identity accounts (and lock-out, limits and single refusal message) as the API's bearer
/// tokens, a second step for accounts with two-factor sign-in, and a button per district sign-in provider.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<AppUser> signIn, AccountAttempts attempts, IOptions<SsoOptions> sso, IStringLocalizer<AccountText> text)
    : AppPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The district's sign-in providers, by name, with the text of their buttons.</summary>
    public IReadOnlyList<(string Name, string DisplayName)> Providers =>
        sso.Value.Providers.Select(p => (p.Key, p.Value.DisplayName)).OrderBy(p => p.DisplayName, StringComparer.Ordinal).ToList();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (attempts.TryAttempt(RateLimits.SignIn, Input.Email) is { } wait)
        {
            return this.TooManyAttempts(wait);
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text["SignIn.Refused"]);
            return Page();
        }

        var account = (await signIn.UserManager.FindByEmailAsync(Input.Email.Trim()))!;
        var principal = await signIn.CreateUserPrincipalAsync(account);
        // The next page speaks the account's own language (the stored choice wins from now on): so does this message.
        if (Languages.Match(account.PreferredLanguage) is { } language)
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        }

        StatusMessage = text["SignIn.Done"];
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : HomeOf(principal));
    }

    /// <summary>Where each role starts.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Student) ? "/student"
        : user.IsInRole(Roles.Coordinator) ? "/coordinator"
        : user.IsInRole(Roles.EmployerAdmin) ? "/employer/postings"
        : user.IsInRole(Roles.Supervisor) ? "/placements"
        : user.IsInRole(Roles.Admin) ? "/accounts"
        : "/";

    public sealed class SignInInput
    {
        // Keys of SharedText, in the request's language (data-annotation localisation, see ProductLocalization).
        [Required(ErrorMessage = "Field.EmailRequired")]
        [EmailAddress(ErrorMessage = "Field.EmailFormat")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Field.PasswordRequired")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.Password")]
        public string Password { get; set; } = "";
    }
}
