using Internships.Application.Common.Exceptions;
using Internships.Application.Features.Invitations;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace Internships.Web.Pages.Account;

/// <summary>Opens an invited account: shows who it is for, and takes the password the invitee chooses.</summary>
[EnableRateLimiting(RateLimits.Invitation)]
public sealed class InvitationModel(ISender sender, AccountAttempts attempts) : OneTimeLinkPageModel(attempts, RateLimits.Invitation)
{
    /// <summary>Who the account is for; null when the link does not work (any more).</summary>
    public InvitationPreviewDto? Invitation { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || string.IsNullOrEmpty(Token))
        {
            await LoadAsync(ct);
            return Page();
        }

        if (TooManyTries() is { } wait)
        {
            await LoadAsync(ct);
            return this.TooManyAttempts(wait);
        }

        var account = await sender.Send(new AcceptInvitationCommand(Token, Input.NewPassword), ct);
        return DoneLocal($"Your account is open. Sign in as {account.Email} with the password you chose.", "/account/sign-in");
    }

    /// <summary>The password policy's refusals belong to the new-password field.</summary>
    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        if (ModelState.TryGetValue("Input.Password", out var refused))
        {
            var messages = refused.Errors.Select(e => e.ErrorMessage).ToList();
            ModelState.Remove("Input.Password");
            messages.ForEach(message => ModelState.AddModelError("Input.NewPassword", message));
        }

        ModelState.Remove("Input.Token");
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            Invitation = string.IsNullOrEmpty(Token) ? null : await sender.Send(new DescribeInvitationQuery(Token), ct);
        }
        catch (NotFoundException)
        {
            Invitation = null;
        }
    }
}
