using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>An offer made on an application, by ids: what <see cref="OfferEmails"/> needs to write its e-mail.</summary>
public sealed record MadeOffer(int ApplicationId, int PostingId, int StudentId);

/// <summary>
/// The offer e-mails of many offers at once, for a matching round's publish: the same message, to the same student, in
/// the same language, as <see cref="NotifyApplicationChanges"/> queues for each <see cref="Domain.Applications.OfferMade"/>
/// event, but with one query for the students, one for the postings and their employers, and the outbox rows written in
/// bulk (<see cref="NotificationOutbox.QueueManyAsync"/>). Queued one by one, 100,000 offers took four queries and a
/// tracked row each.
/// </summary>
public sealed class OfferEmails(IAppDbContext db, NotificationOutbox outbox)
{
    public async Task QueueAsync(IReadOnlyList<MadeOffer> offers, CancellationToken cancellationToken)
    {
        if (offers.Count == 0)
        {
            return;
        }

        var studentIds = offers.Select(o => o.StudentId).Distinct().ToList();
        var students = await db.Students.AsNoTracking().Where(s => studentIds.Contains(s.Id))
            .Select(s => new { s.Id, s.FirstName, s.Email }).ToDictionaryAsync(s => s.Id, cancellationToken);
        var postingIds = offers.Select(o => o.PostingId).Distinct().ToList();
        var postings = await db.Postings.AsNoTracking().Include(p => p.Employer).Where(p => postingIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var messages = offers.Select(offer =>
        {
            var (student, posting) = (students[offer.StudentId], postings[offer.PostingId]);
            return new QueuedMessage(student.Email, new AccountLink(StudentId: student.Id),
                t => NotifyApplicationChanges.OfferMadeMessage(t, offer.ApplicationId, posting, student.FirstName));
        }).ToList();
        await outbox.QueueManyAsync(NotificationKind.OfferMade, messages, cancellationToken);
    }
}
