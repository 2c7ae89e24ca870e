using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Security;
using Internships.Application.Features.Invitations;
using Internships.Web.Infrastructure;
using Internships.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Account;

/// <summary>Opens an invited account: shows who it is for, and takes the password the invitee chooses.</summary>
[EnableRateLimiting(RateLimits.Invitation)]
public sealed class InvitationModel(ISender sender, AccountAttempts attempts, IStringLocalizer<AccountText> text)
    : OneTimeLinkPageModel(attempts, RateLimits.Invitation)
{
    /// <summary>Who the account is for; null when the link does not work (any more).</summary>
    public InvitationPreviewDto? Invitation { get; private set; }

    /// <summary>
    /// The key of the sentence naming the invitation's role ("You are invited as employer admin for …"): a sentence per
    /// role, so each language words it whole.
    /// </summary>
    public string InvitedKey => Invitation?.Role switch
    {
        { } role when role is Roles.Student or Roles.EmployerAdmin or Roles.Supervisor or Roles.Coordinator => $"Invitation.Invited.{role}",
        _ => "Invitation.Invited.Admin",
    };

    /// <summary>Whom the account acts for: "Lee Chen at Kings River Water Agency", a student's name, an employer, or the district.</summary>
    public string For(InvitationPreviewDto invitation) => (invitation.Person, invitation.Organisation) switch
    {
        ({ } person, { } organisation) => text["Invitation.PersonAt", person, organisation],
        (var person, var organisation) => person ?? organisation ?? text["Invitation.TheDistrict"],
    };

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
        return DoneLocal(text["Invitation.Opened", account.Email], "/account/sign-in");
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
