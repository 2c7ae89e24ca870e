using Internships.Application.Features.Notifications;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Settings;

/// <summary>The signed-in user's e-mail settings: whether non-essential notifications are sent (essential ones always are).</summary>
[Authorize]
public sealed class NotificationsModel(ISender sender, IStringLocalizer<AccountText> text) : AppPageModel
{
    [BindProperty] public bool ReceiveNonEssential { get; set; }

    public NotificationPreferencesDto Preferences { get; private set; } = null!;

    public override string InputPrefix => "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ReceiveNonEssential = Preferences.ReceiveNonEssential;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await sender.Send(new SetMyNotificationPreferencesCommand(ReceiveNonEssential), ct);
        return Done(saved.ReceiveNonEssential
            ? text["Notifications.Every"]
            : text["Notifications.EssentialOnly"]);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) => Preferences = await sender.Send(new GetMyNotificationPreferencesQuery(), ct);
}
