using Internships.Application.Features.Credentials;
using Internships.Web.Infrastructure;
using Internships.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Account;

/// <summary>Chooses a new password with the link from a reset e-mail.</summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ResetPasswordModel(ISender sender, AccountAttempts attempts, IStringLocalizer<AccountText> text) : OneTimeLinkPageModel(attempts, RateLimits.PasswordReset)
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Token))
        {
            ModelState.AddModelError(string.Empty, text["Reset.NeedsLink"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (TooManyTries() is { } wait)
        {
            return this.TooManyAttempts(wait);
        }

        await sender.Send(new ResetPasswordCommand(Token!, Input.NewPassword), ct);
        return DoneLocal(text["Reset.Done"], "/account/sign-in");
    }

    /// <summary>A refused token is a message at the top of the form: the field is not one the person can correct.</summary>
    public override Task OnFailedAsync(CancellationToken cancellationToken)
    {
        if (ModelState.Remove("Input.Token"))
        {
            ModelState.AddModelError(string.Empty, text["Reset.LinkDead"]);
        }

        return Task.CompletedTask;
    }
}
