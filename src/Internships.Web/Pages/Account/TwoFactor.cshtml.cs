using System.ComponentModel.DataAnnotations;
using Internships.Infrastructure.Identity;
using Internships.Web.Endpoints;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Internships.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(SignInManager<AppUser> signIn, AccountAttempts attempts) : AppPageModel
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
            StatusMessage = "That sign-in took too long: sign in again.";
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
            ModelState.AddModelError(string.Empty, AuthEndpoints.CodeRefused);
            return Page();
        }

        StatusMessage = "You are signed in.";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : SignInModel.HomeOf(await signIn.CreateUserPrincipalAsync(user)));
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the code your authenticator app shows.")]
        [StringLength(20, ErrorMessage = "Enter the six-digit code, or a recovery code.")]
        [Display(Name = "Code")]
        public string Code { get; set; } = "";

        [Display(Name = "This is a recovery code")]
        public bool IsRecoveryCode { get; set; }
    }
}
