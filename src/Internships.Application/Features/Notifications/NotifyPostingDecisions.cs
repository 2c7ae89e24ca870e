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
        await outbox.QueueAsync(NotificationKind.PostingApproved, employer.ContactEmail, t => new NotificationMessage(employer.Name,
            t["PostingApproved.Subject", posting.Title],
            [t["PostingApproved.Body", posting.Title, t.Date(posting.ApplicationDeadline)]],
            t["PostingApproved.Link"], NotificationLinks.Posting(posting.Id)), cancellationToken, account: new AccountLink(EmployerId: employer.Id));
    }

    public async ValueTask Handle(PostingReturned notification, CancellationToken cancellationToken)
    {
        var posting = notification.Posting;
        var employer = await db.Employers.FirstAsync(e => e.Id == posting.EmployerId, cancellationToken);
        await outbox.QueueAsync(NotificationKind.PostingReturned, employer.ContactEmail, t => new NotificationMessage(employer.Name,
            t["PostingReturned.Subject", posting.Title],
            [t["PostingReturned.Body", posting.Title], t["PostingReturned.Reason", notification.Reason], t["PostingReturned.Again"]],
            t["PostingReturned.Link"], NotificationLinks.Posting(posting.Id)), cancellationToken, account: new AccountLink(EmployerId: employer.Id));
    }
}
