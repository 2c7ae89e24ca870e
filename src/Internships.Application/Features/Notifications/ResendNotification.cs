namespace Internships.Application.Features.Notifications;

/// <summary>
/// A coordinator puts a failed message back in the queue (after fixing an address, or once the mail server is back).
/// It keeps its Message-Id; the dispatcher picks it up on its next run.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ResendNotificationCommand(long NotificationId) : ICommand<NotificationDto>;

public sealed class ResendNotificationHandler(IAppDbContext db, IClock clock) : ICommandHandler<ResendNotificationCommand, NotificationDto>
{
    public async ValueTask<NotificationDto> Handle(ResendNotificationCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == command.NotificationId, cancellationToken)
                           ?? throw new NotFoundException("There is no such notification.");
        notification.Resend(clock.UtcNow);
        return new NotificationDto(notification.Id, notification.Kind, notification.IsEssential, notification.RecipientEmail, notification.Subject,
            notification.Status, notification.Attempts, notification.LastError, notification.MessageId, notification.CreatedAt,
            notification.NextAttemptAt, notification.SentAt);
    }
}
