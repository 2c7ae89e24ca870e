using System.ComponentModel.DataAnnotations;
using Internships.Application.Features.Credentials;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Internships.Web.Pages.Settings;

/// <summary>The signed-in person's sign-in: change the password, sign out everywhere, two-factor sign-in.</summary>
[Authorize]
public sealed class SecurityModel(ISender sender, SignInManager<AppUser> signIn) : AppPageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public TwoFactorStatusDto TwoFactor { get; private set; } = null!;

    public bool HasPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        await sender.Send(new ChangePasswordCommand(Input.CurrentPassword, Input.NewPassword), ct);

        // Every session ended with the new password: this one continues, signed in again.
        await signIn.RefreshSignInAsync((await signIn.UserManager.GetUserAsync(User))!);
        return Done("Your password is changed. Everywhere else you were signed in, you are signed out.");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        await sender.Send(new SignOutEverywhereCommand(), ct);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return DoneLocal("You are signed out everywhere, here too.", "/account/sign-in");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        TwoFactor = await sender.Send(new GetMyTwoFactorQuery(), ct);
        HasPassword = await signIn.UserManager.HasPasswordAsync((await signIn.UserManager.GetUserAsync(User))!);
    }

    public sealed class ChangePasswordInput : Account.NewPasswordInput
    {
        [Required(ErrorMessage = "Enter your current password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Current password")]
        public string CurrentPassword { get; set; } = "";
    }
}
