using Internships.Domain.Badges;
using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>The recipient of a badge hears of it, with the public link anyone can use to verify it.</summary>
public sealed class NotifyBadgeAwarded(IAppDbContext db, IOpenBadges openBadges, NotificationOutbox outbox) : INotificationHandler<BadgeAwarded>
{
    public async ValueTask Handle(BadgeAwarded notification, CancellationToken cancellationToken)
    {
        var award = notification.Award;
        var badge = award.BadgeClass ?? await db.BadgeClasses.FirstAsync(b => b.Id == award.BadgeClassId, cancellationToken);
        var verification = openBadges.LinksFor(award).VerificationPage;
        await outbox.QueueAsync(NotificationKind.BadgeAwarded, award.RecipientEmail, new NotificationMessage(award.RecipientName,
            $"You earned a badge: {badge.Name}",
            [$"Congratulations: you earned the badge {badge.Name}.", badge.Description,
             $"Anyone can verify it at {verification}. Share that link on a résumé, a college application or LinkedIn."],
            "See and share your badge", verification), cancellationToken);
    }
}
