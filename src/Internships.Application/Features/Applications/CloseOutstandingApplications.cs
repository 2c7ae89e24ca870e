using Internships.Application.Common.Interfaces;
using Internships.Domain.Applications;
using Internships.Domain.Postings;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Applications;

/// <summary>
/// When a posting fills or closes, its applications still waiting for a decision are closed, so students are not
/// left hoping. Offers already made stay as they are: the student may still decline them.
/// </summary>
public sealed class CloseOutstandingApplications(IAppDbContext db, IClock clock) : INotificationHandler<PostingStoppedAccepting>
{
    public async ValueTask Handle(PostingStoppedAccepting notification, CancellationToken cancellationToken)
    {
        var posting = notification.Posting;
        var waiting = await db.Applications
            .Where(a => a.PostingId == posting.Id && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.UnderReview))
            .ToListAsync(cancellationToken);
        foreach (var application in waiting)
        {
            application.CloseBecausePostingStopped(posting.Status, clock.UtcNow);
        }
    }
}
