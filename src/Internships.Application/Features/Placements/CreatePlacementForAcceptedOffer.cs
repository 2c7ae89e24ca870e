using Internships.Domain.Applications;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>An accepted offer becomes a placement, in the same transaction as the acceptance: neither exists without the other.</summary>
public sealed class CreatePlacementForAcceptedOffer(IAppDbContext db) : INotificationHandler<OfferAccepted>
{
    public async ValueTask Handle(OfferAccepted notification, CancellationToken cancellationToken)
    {
        var application = notification.Application;
        if (await db.Placements.AnyAsync(p => p.ApplicationId == application.Id, cancellationToken))
        {
            return;
        }

        var posting = application.Posting ?? await db.Postings.FirstAsync(p => p.Id == application.PostingId, cancellationToken);
        var student = await db.Students.FirstAsync(s => s.Id == application.StudentId, cancellationToken);
        // The placement exists from the moment the offer was accepted.
        db.Placements.Add(Placement.ForAcceptedOffer(application, posting, student, application.StatusChangedAt));
    }
}
