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

        await outbox.QueueAsync(NotificationKind.PlacementStarting, student.Email, new NotificationMessage(student.FirstName,
            $"Your internship starts {placement.StartDate:MMMM d}: {posting.Title}",
            [$"Your paperwork is complete: your internship {posting.Title} at {posting.Employer!.Name} runs from {placement.StartDate:MMMM d} to {placement.EndDate:MMMM d, yyyy}.",
             supervisor is null ? "Your supervisor will contact you." : $"Your supervisor is {supervisor.FullName} ({supervisor.Email}).",
             "Log your hours after each day you work."],
            "See your placement", NotificationLinks.Placement(placement.Id)), cancellationToken);

        if (supervisor is not null)
        {
            await outbox.QueueAsync(NotificationKind.PlacementStarting, supervisor.Email, new NotificationMessage(supervisor.FirstName,
                $"Your intern starts {placement.StartDate:MMMM d}: {posting.Title}",
                [$"{student.FullName} starts {posting.Title} on {placement.StartDate:MMMM d, yyyy} with you as supervisor, until {placement.EndDate:MMMM d, yyyy}.",
                 "You approve their hours and give a midpoint and a final evaluation."],
                "See the placement", NotificationLinks.Placement(placement.Id)), cancellationToken);
        }
    }
}
