using Internships.Application.Features.Notifications;
using Mediator;

namespace Internships.Web.Endpoints;

public static class NotificationsEndpoints
{
    public static IEndpointRouteBuilder MapNotificationsEndpoints(this IEndpointRouteBuilder app)
    {
        var log = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization();
        log.MapGet("/", ([AsParameters] ListNotificationsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct));
        log.MapPost("/{id:long}/resend", (long id, ISender sender, CancellationToken ct) => sender.Send(new ResendNotificationCommand(id), ct));

        var mine = app.MapGroup("/api/me/notification-preferences").WithTags("Notifications").RequireAuthorization();
        mine.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new GetMyNotificationPreferencesQuery(), ct));
        mine.MapPut("/", (SetMyNotificationPreferencesCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct));
        return app;
    }
}
