namespace Internships.Application.Features.Notifications;

/// <summary>
/// Delivers the e-mail that is due (the dispatch job: every minute, and after each commit that queued e-mail).
/// A plain request, not a command: delivery commits message by message, each claim and result by one atomic statement
/// of its own, so that no message is sent twice or lost (docs/adr/0005); one transaction around a whole SMTP
/// conversation would hold the database's write lock throughout and undo the claims of a crashed run.
/// </summary>
[Authorize(Roles.System)]
public sealed record DeliverNotificationsRequest : IRequest<DispatchResult>;

public sealed class DeliverNotificationsHandler(INotificationDelivery delivery) : IRequestHandler<DeliverNotificationsRequest, DispatchResult>
{
    public async ValueTask<DispatchResult> Handle(DeliverNotificationsRequest request, CancellationToken cancellationToken) =>
        await delivery.DispatchDueAsync(cancellationToken);
}
