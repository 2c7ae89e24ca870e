using Internships.Application.Features.Notifications;
using Internships.Domain.Notifications;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator;

/// <summary>The e-mail log: what went, what waits, what failed and why; a failed message can be sent again.</summary>
public sealed class NotificationsModel(ISender sender, IStringLocalizer<CoordinatorText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public NotificationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Recipient { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<NotificationDto> Log { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostResendAsync(long notificationId, CancellationToken ct)
    {
        var notification = await sender.Send(new ResendNotificationCommand(notificationId), ct);
        return Done(text["Outbox.WillResend", notification.Subject, notification.RecipientEmail], null, new { Status, Recipient });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) =>
        Log = await sender.Send(new ListNotificationsQuery(Status, string.IsNullOrWhiteSpace(Recipient) ? null : Recipient.Trim(), PageNumber), ct);
}
