using Internships.Domain.Notifications;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Notifications;

/// <summary>When a placement's paperwork is complete and it has a supervisor, the intern and the supervisor hear it is on.</summary>
public sealed class NotifyPlacementStarting(IAppDbContext db, NotificationOutbox outbox) : INotificationHandler<PlacementActivated>
{
    public async ValueTask Handle(PlacementActivated notification, CancellationToken cancellationToken)
    {
        var placement = notification.Placement;
        var posting = await db.Postings.Include(p => p.Employer).FirstAsync(p => p.Id == placement.PostingId, cancellationToken);
        var student = await db.Students.FirstAsync(s => s.Id == placement.StudentId, cancellationToken);
        var supervisor = placement.SupervisorId is { } supervisorId
            ? await db.Supervisors.FirstOrDefaultAsync(s => s.Id == supervisorId, cancellationToken)
            : null;

        await outbox.QueueAsync(NotificationKind.PlacementStarting, student.Email, t => new NotificationMessage(student.FirstName,
            t["PlacementStarting.Subject", t.DayMonth(placement.StartDate), posting.Title],
            [t["PlacementStarting.Body", posting.Title, posting.Employer!.Name, t.DayMonth(placement.StartDate), t.Date(placement.EndDate)],
             supervisor is null ? t["PlacementStarting.NoSupervisor"] : t["PlacementStarting.Supervisor", supervisor.FullName, supervisor.Email],
             t["PlacementStarting.Hours"]],
            t["PlacementStarting.Link"], NotificationLinks.Placement(placement.Id)), cancellationToken, account: new AccountLink(StudentId: student.Id));

        if (supervisor is not null)
        {
            await outbox.QueueAsync(NotificationKind.PlacementStarting, supervisor.Email, t => new NotificationMessage(supervisor.FirstName,
                t["InternStarting.Subject", t.DayMonth(placement.StartDate), posting.Title],
                [t["InternStarting.Body", student.FullName, posting.Title, t.Date(placement.StartDate), t.Date(placement.EndDate)],
                 t["InternStarting.Duties"]],
                t["InternStarting.Link"], NotificationLinks.Placement(placement.Id)), cancellationToken, account: new AccountLink(SupervisorId: supervisor.Id));
        }
    }
}
