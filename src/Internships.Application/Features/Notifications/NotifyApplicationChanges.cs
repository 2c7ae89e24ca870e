using Internships.Domain.Applications;
using Internships.Domain.Notifications;
using Internships.Domain.Postings;
using Internships.Domain.Students;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// E-mail about applications, queued in the transaction that changed them: received (to the student and the employer),
/// status changes and the offer's life (made, accepted, declined).
/// </summary>
public sealed class NotifyApplicationChanges(IAppDbContext db, NotificationOutbox outbox)
    : INotificationHandler<ApplicationSubmitted>, INotificationHandler<ApplicationStatusChanged>,
      INotificationHandler<OfferMade>, INotificationHandler<OfferAccepted>, INotificationHandler<OfferDeclined>
{
    public async ValueTask Handle(ApplicationSubmitted notification, CancellationToken cancellationToken)
    {
        var (application, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.ApplicationReceived, student.Email, new NotificationMessage(student.FirstName,
            $"We received your application: {posting.Title}",
            [$"Your application to {posting.Title} at {posting.Employer!.Name} is in. The employer reviews applications after the deadline, {posting.ApplicationDeadline:MMMM d, yyyy}.",
             "You can rank your choices or withdraw the application until you accept an offer."],
            "See your application", NotificationLinks.Application(application.Id)), cancellationToken);

        await outbox.QueueAsync(NotificationKind.ApplicationReceivedByEmployer, posting.Employer.ContactEmail, new NotificationMessage(posting.Employer.Name,
            $"New application: {posting.Title}",
            [$"{student.FullName} (grade {student.Grade}) applied to {posting.Title}."],
            "Review the applicants", NotificationLinks.PostingApplications(posting.Id)), cancellationToken);
    }

    public async ValueTask Handle(ApplicationStatusChanged notification, CancellationToken cancellationToken)
    {
        // Offers have messages of their own; a student who withdrew knows it.
        if (notification.To is not (ApplicationStatus.UnderReview or ApplicationStatus.Rejected))
        {
            return;
        }

        var (application, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        var paragraphs = notification.To == ApplicationStatus.UnderReview
            ? new List<string> { $"{posting.Employer!.Name} is now reviewing your application to {posting.Title}." }
            : [$"Your application to {posting.Title} at {posting.Employer!.Name} was not successful this time."];
        if (notification.To == ApplicationStatus.Rejected && application.DecisionNote is { } note)
        {
            paragraphs.Add($"Note: {note}");
        }

        await outbox.QueueAsync(NotificationKind.ApplicationStatusChanged, student.Email, new NotificationMessage(student.FirstName,
            $"Your application to {posting.Title}: {(notification.To == ApplicationStatus.UnderReview ? "under review" : "not successful")}",
            paragraphs, "See your application", NotificationLinks.Application(application.Id)), cancellationToken);
    }

    public async ValueTask Handle(OfferMade notification, CancellationToken cancellationToken)
    {
        var (application, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.OfferMade, student.Email, new NotificationMessage(student.FirstName,
            $"You have an offer: {posting.Title}",
            [$"{posting.Employer!.Name} offers you the internship {posting.Title}: {posting.HoursPerWeek:0.#} hours a week at ${posting.HourlyWage:0.00} an hour, from {posting.StartDate:MMMM d} to {posting.EndDate:MMMM d, yyyy}.",
             "Accept or decline it soon: places go to those who accept first."],
            "Accept or decline the offer", NotificationLinks.Application(application.Id)), cancellationToken);
    }

    public async ValueTask Handle(OfferAccepted notification, CancellationToken cancellationToken)
    {
        var (_, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.OfferAccepted, posting.Employer!.ContactEmail, new NotificationMessage(posting.Employer.Name,
            $"Offer accepted: {posting.Title}",
            [$"{student.FullName} accepted your offer for {posting.Title}. The district will confirm the paperwork before the start on {posting.StartDate:MMMM d, yyyy}."],
            "See the applicants", NotificationLinks.PostingApplications(posting.Id)), cancellationToken);
    }

    public async ValueTask Handle(OfferDeclined notification, CancellationToken cancellationToken)
    {
        var (_, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.OfferDeclined, posting.Employer!.ContactEmail, new NotificationMessage(posting.Employer.Name,
            $"Offer declined: {posting.Title}",
            [$"{student.FullName} declined your offer for {posting.Title}. You may offer the place to another applicant."],
            "See the applicants", NotificationLinks.PostingApplications(posting.Id)), cancellationToken);
    }

    private async Task<(InternshipApplication Application, InternshipPosting Posting, Student Student)> LoadAsync(
        InternshipApplication application, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.Include(p => p.Employer).FirstAsync(p => p.Id == application.PostingId, cancellationToken);
        var student = await db.Students.FirstAsync(s => s.Id == application.StudentId, cancellationToken);
        return (application, posting, student);
    }
}
