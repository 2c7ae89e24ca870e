using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Internships.Application.Common.Security;
using Internships.Infrastructure.Identity;
using Internships.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Pages.Account;

/// <summary>Cookie sign-in with the same Identity accounts (and lock-out) as the API's bearer tokens.</summary>
public sealed class SignInModel(SignInManager<AppUser> signIn) : AppPageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.IsLockedOut
                ? "Too many failed attempts: the account is locked for a while."
                : "The e-mail address or password is wrong.");
            return Page();
        }

        var principal = await signIn.CreateUserPrincipalAsync((await signIn.UserManager.FindByEmailAsync(Input.Email.Trim()))!);
        StatusMessage = "You are signed in.";
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : HomeOf(principal));
    }

    /// <summary>Where each role starts.</summary>
    public static string HomeOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Student) ? "/student"
        : user.IsInRole(Roles.Coordinator) ? "/coordinator"
        : user.IsInRole(Roles.EmployerAdmin) ? "/employer/postings"
        : user.IsInRole(Roles.Supervisor) ? "/placements"
        : "/";

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter an e-mail address like name@example.org.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
