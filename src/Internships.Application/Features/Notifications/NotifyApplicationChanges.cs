using Internships.Domain.Applications;
using Internships.Domain.Notifications;
using Internships.Domain.Postings;
using Internships.Domain.Students;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// E-mail about applications, queued in the transaction that changed them: received (to the student and the employer),
/// status changes and the offer's life (made, accepted, declined); each in its recipient's language.
/// </summary>
public sealed class NotifyApplicationChanges(IAppDbContext db, NotificationOutbox outbox)
    : INotificationHandler<ApplicationSubmitted>, INotificationHandler<ApplicationStatusChanged>,
      INotificationHandler<OfferMade>, INotificationHandler<OfferAccepted>, INotificationHandler<OfferDeclined>
{
    public async ValueTask Handle(ApplicationSubmitted notification, CancellationToken cancellationToken)
    {
        var (application, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.ApplicationReceived, student.Email, t => new NotificationMessage(student.FirstName,
            t["ApplicationReceived.Subject", posting.Title],
            [t["ApplicationReceived.Body", posting.Title, posting.Employer!.Name, t.Date(posting.ApplicationDeadline)], t["ApplicationReceived.Rank"]],
            t["Student.SeeApplication"], NotificationLinks.Application(application.Id)), cancellationToken, account: new AccountLink(StudentId: student.Id));

        await outbox.QueueAsync(NotificationKind.ApplicationReceivedByEmployer, posting.Employer!.ContactEmail, t => new NotificationMessage(posting.Employer.Name,
            t["ApplicationReceivedByEmployer.Subject", posting.Title],
            [t["ApplicationReceivedByEmployer.Body", student.FullName, student.Grade, posting.Title]],
            t["Employer.ReviewApplicants"], NotificationLinks.PostingApplications(posting.Id)), cancellationToken, account: new AccountLink(EmployerId: posting.EmployerId));
    }

    public async ValueTask Handle(ApplicationStatusChanged notification, CancellationToken cancellationToken)
    {
        // Offers have messages of their own; a student who withdrew knows it.
        if (notification.To is not (ApplicationStatus.UnderReview or ApplicationStatus.Rejected))
        {
            return;
        }

        var (application, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        var change = notification.To == ApplicationStatus.UnderReview ? "ApplicationUnderReview" : "ApplicationRejected";
        await outbox.QueueAsync(NotificationKind.ApplicationStatusChanged, student.Email, t =>
        {
            var paragraphs = notification.To == ApplicationStatus.UnderReview
                ? new List<string> { t["ApplicationUnderReview.Body", posting.Employer!.Name, posting.Title] }
                : [t["ApplicationRejected.Body", posting.Title, posting.Employer!.Name]];
            if (notification.To == ApplicationStatus.Rejected && application.DecisionNote is { } note)
            {
                paragraphs.Add(t["ApplicationRejected.Note", note]);
            }

            return new NotificationMessage(student.FirstName, t[$"{change}.Subject", posting.Title], paragraphs,
                t["Student.SeeApplication"], NotificationLinks.Application(application.Id));
        }, cancellationToken, account: new AccountLink(StudentId: student.Id));
    }

    public async ValueTask Handle(OfferMade notification, CancellationToken cancellationToken)
    {
        var (application, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.OfferMade, student.Email, t => OfferMadeMessage(t, application.Id, posting, student.FirstName),
            cancellationToken, account: new AccountLink(StudentId: student.Id));
    }

    /// <summary>The offer e-mail, here and for a matching round's offers (<see cref="OfferEmails"/>); <paramref name="posting"/> with its employer.</summary>
    internal static NotificationMessage OfferMadeMessage(EmailText t, int applicationId, InternshipPosting posting, string studentFirstName) =>
        new(studentFirstName,
            t["OfferMade.Subject", posting.Title],
            [t["OfferMade.Body", posting.Employer!.Name, posting.Title, posting.HoursPerWeek.ToString("0.#", t.Culture),
                "$" + posting.HourlyWage.ToString("0.00", t.Culture), t.DayMonth(posting.StartDate), t.Date(posting.EndDate)],
             t["OfferMade.Soon"]],
            t["OfferMade.Link"], NotificationLinks.Application(applicationId));

    public async ValueTask Handle(OfferAccepted notification, CancellationToken cancellationToken)
    {
        var (_, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.OfferAccepted, posting.Employer!.ContactEmail, t => new NotificationMessage(posting.Employer.Name,
            t["OfferAccepted.Subject", posting.Title],
            [t["OfferAccepted.Body", student.FullName, posting.Title, t.Date(posting.StartDate)]],
            t["Employer.SeeApplicants"], NotificationLinks.PostingApplications(posting.Id)), cancellationToken, account: new AccountLink(EmployerId: posting.EmployerId));
    }

    public async ValueTask Handle(OfferDeclined notification, CancellationToken cancellationToken)
    {
        var (_, posting, student) = await LoadAsync(notification.Application, cancellationToken);
        await outbox.QueueAsync(NotificationKind.OfferDeclined, posting.Employer!.ContactEmail, t => new NotificationMessage(posting.Employer.Name,
            t["OfferDeclined.Subject", posting.Title],
            [t["OfferDeclined.Body", student.FullName, posting.Title]],
            t["Employer.SeeApplicants"], NotificationLinks.PostingApplications(posting.Id)), cancellationToken, account: new AccountLink(EmployerId: posting.EmployerId));
    }

    private async Task<(InternshipApplication Application, InternshipPosting Posting, Student Student)> LoadAsync(
        InternshipApplication application, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.Include(p => p.Employer).FirstAsync(p => p.Id == application.PostingId, cancellationToken);
        var student = await db.Students.FirstAsync(s => s.Id == application.StudentId, cancellationToken);
        return (application, posting, student);
    }
}
