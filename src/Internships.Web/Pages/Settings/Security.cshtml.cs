using System.ComponentModel.DataAnnotations;
using Internships.Application.Features.Credentials;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Settings;

/// <summary>The signed-in person's sign-in: change the password, sign out everywhere, two-factor sign-in.</summary>
[Authorize]
public sealed class SecurityModel(ISender sender, SignInManager<AppUser> signIn, IStringLocalizer<AccountText> text) : AppPageModel
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
        return Done(text["Security.PasswordChanged"]);
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync(CancellationToken ct)
    {
        await sender.Send(new SignOutEverywhereCommand(), ct);
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        return DoneLocal(text["Security.SignedOutEverywhere"], "/account/sign-in");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        TwoFactor = await sender.Send(new GetMyTwoFactorQuery(), ct);
        HasPassword = await signIn.UserManager.HasPasswordAsync((await signIn.UserManager.GetUserAsync(User))!);
    }

    public sealed class ChangePasswordInput : Account.NewPasswordInput
    {
        [Required(ErrorMessage = "Field.CurrentPasswordRequired")]
        [DataType(DataType.Password)]
        [Display(Name = "Field.CurrentPassword")]
        public string CurrentPassword { get; set; } = "";
    }
}
