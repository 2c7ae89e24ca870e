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
        await outbox.QueueAsync(NotificationKind.BadgeAwarded, award.RecipientEmail, t =>
        {
            // The district's own words for the badge, in Spanish where it wrote them (BadgeClass.NameEs).
            var spanish = Languages.IsSpanish(t.Culture);
            var name = spanish && badge.NameEs is { } nameEs ? nameEs : badge.Name;
            var description = spanish && badge.DescriptionEs is { } descriptionEs ? descriptionEs : badge.Description;
            return new NotificationMessage(award.RecipientName, t["BadgeAwarded.Subject", name],
                [t["BadgeAwarded.Body", name], description, t["BadgeAwarded.Verify", verification]],
                t["BadgeAwarded.Link"], verification);
        }, cancellationToken, account: award.RecipientStudentId is { } studentId ? new AccountLink(StudentId: studentId) : null);
    }
}
