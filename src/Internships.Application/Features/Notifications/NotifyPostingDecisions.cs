using Internships.Domain.Notifications;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Notifications;

/// <summary>The employer hears when the district opens its posting or returns it with a reason.</summary>
public sealed class NotifyPostingDecisions(IAppDbContext db, NotificationOutbox outbox)
    : INotificationHandler<PostingApproved>, INotificationHandler<PostingReturned>
{
    public async ValueTask Handle(PostingApproved notification, CancellationToken cancellationToken)
    {
        var posting = notification.Posting;
        var employer = await db.Employers.FirstAsync(e => e.Id == posting.EmployerId, cancellationToken);
        await outbox.QueueAsync(NotificationKind.PostingApproved, employer.ContactEmail, new NotificationMessage(employer.Name,
            $"Posting approved: {posting.Title}",
            [$"The district approved {posting.Title}. Students can apply until {posting.ApplicationDeadline:MMMM d, yyyy}."],
            "See the posting", NotificationLinks.Posting(posting.Id)), cancellationToken);
    }

    public async ValueTask Handle(PostingReturned notification, CancellationToken cancellationToken)
    {
        var posting = notification.Posting;
        var employer = await db.Employers.FirstAsync(e => e.Id == posting.EmployerId, cancellationToken);
        await outbox.QueueAsync(NotificationKind.PostingReturned, employer.ContactEmail, new NotificationMessage(employer.Name,
            $"Posting returned: {posting.Title}",
            [$"The district returned {posting.Title} to you as a draft.", $"Reason: {notification.Reason}", "Edit the posting and submit it again."],
            "Edit the posting", NotificationLinks.Posting(posting.Id)), cancellationToken);
    }
}
