using System.ComponentModel.DataAnnotations;
using Internships.Infrastructure.Identity;
using Internships.Web.Endpoints;
using Internships.Web.Infrastructure;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, AccountAttempts attempts, IStringLocalizer<AccountText> text) : AppPageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            StatusMessage = text["TwoFactor.TooLong"];
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (attempts.TryAttempt(RateLimits.SignIn, user.Email!) is { } wait)
        {
            return this.TooManyAttempts(wait);
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = Input.IsRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, text["TwoFactor.Refused"]);
            return Page();
        }

        StatusMessage = text["SignIn.Done"];
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : SignInModel.HomeOf(await signIn.CreateUserPrincipalAsync(user)));
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Field.CodeRequired")]
        [StringLength(20, ErrorMessage = "Field.CodeLength")]
        [Display(Name = "Field.Code")]
        public string Code { get; set; } = "";

        [Display(Name = "Field.IsRecoveryCode")]
        public bool IsRecoveryCode { get; set; }
    }
}
