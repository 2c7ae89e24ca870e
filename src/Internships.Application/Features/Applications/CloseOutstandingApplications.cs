using Internships.Domain.Applications;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Applications;

/// <summary>
/// When a posting fills or closes, its applications still in play (waiting for a decision, or offered but not
/// accepted) are closed with a note, so no student is left hoping for a place that is gone.
/// </summary>
public sealed class CloseOutstandingApplications(IAppDbContext db, IClock clock) : INotificationHandler<PostingStoppedAccepting>
{
    public async ValueTask Handle(PostingStoppedAccepting notification, CancellationToken cancellationToken)
    {
        var posting = notification.Posting;
        var waiting = await db.Applications
            .Where(a => a.PostingId == posting.Id && (a.Status == ApplicationStatus.Submitted
                || a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.Offered))
            .ToListAsync(cancellationToken);
        foreach (var application in waiting)
        {
            application.CloseBecausePostingStopped(posting.Status, clock.UtcNow);
        }
    }
}
