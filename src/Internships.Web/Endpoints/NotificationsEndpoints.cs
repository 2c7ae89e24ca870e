using Internships.Application.Features.Notifications;

namespace Internships.Web.Endpoints;

public static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var log = app.MapApiGroup("/api/notifications", "Notifications");
        log.MapGet("/", ([AsParameters] ListNotificationsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListNotifications").WithSummary("The e-mail log, newest first: what went, what waits, what failed and why (coordinators).")
            .ProducesProblems(400, 403);
        log.MapPost("/{id:long}/resend", (long id, ISender sender, CancellationToken ct) => sender.Send(new ResendNotificationCommand(id), ct))
            .WithName("ResendNotification").WithSummary("Put a failed message back in the queue (coordinators).").ProducesProblems(403, 404, 409);

        var mine = app.MapApiGroup("/api/me/notification-preferences", "Notifications");
        mine.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new GetMyNotificationPreferencesQuery(), ct))
            .WithName("GetMyNotificationPreferences").WithSummary("Whether the signed-in user receives the e-mails that are not essential.");
        mine.MapPut("/", (SetMyNotificationPreferencesCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("SetMyNotificationPreferences").WithSummary("Choose whether to receive the e-mails that are not essential.")
            .ProducesProblems(400);
        return app;
    }
}
