using Internships.Domain.Notifications;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// The daily digest: each supervisor with interns' hours waiting for approval gets one message listing them.
/// Sent by the recurring job; queued at most once per supervisor and day, however often it runs.
/// </summary>
[Authorize(Roles.System)]
public sealed record QueueHoursDigestsCommand : ICommand<int>;

public sealed class QueueHoursDigestsHandler(IAppDbContext db, NotificationOutbox outbox, NotificationSettings settings, IClock clock) : ICommandHandler<QueueHoursDigestsCommand, int>
{
    public async ValueTask<int> Handle(QueueHoursDigestsCommand command, CancellationToken cancellationToken)
    {
        var waiting = await (
                from entry in db.TimesheetEntries.AsNoTracking()
                join placement in db.Placements on entry.PlacementId equals placement.Id
                where entry.Status == TimesheetStatus.Submitted && placement.SupervisorId != null && placement.Status == PlacementStatus.Active
                group entry by new { SupervisorId = placement.SupervisorId!.Value, placement.Id, placement.Student!.FirstName, placement.Student.LastName }
                into g
                select new { g.Key.SupervisorId, PlacementId = g.Key.Id, g.Key.FirstName, g.Key.LastName, Entries = g.Count(), Hours = g.Sum(e => (double)e.Hours) })
            .ToListAsync(cancellationToken);

        var queued = 0;
        var today = clock.Today;
        foreach (var bySupervisor in waiting.GroupBy(w => w.SupervisorId))
        {
            var supervisor = await db.Supervisors.AsNoTracking().FirstAsync(s => s.Id == bySupervisor.Key, cancellationToken);
            if (!supervisor.IsActive)
            {
                continue;
            }

            var interns = bySupervisor.OrderBy(w => w.LastName).ThenBy(w => w.FirstName).ToList();
            var first = interns[0];
            await outbox.QueueAsync(NotificationKind.HoursAwaitingApproval, supervisor.Email, t => new NotificationMessage(supervisor.FirstName,
                    t["HoursDigest.Subject", interns.Sum(i => i.Entries)],
                    [t["HoursDigest.Body"]],
                    t["HoursDigest.Link"], interns.Count == 1 ? NotificationLinks.PlacementHours(first.PlacementId) : NotificationLinks.Placements)
                {
                    Items = interns.Select(i => t["HoursDigest.Item", $"{i.FirstName} {i.LastName}", i.Entries, i.Hours.ToString("0.##", t.Culture),
                        settings.Link(NotificationLinks.PlacementHours(i.PlacementId))]).ToList(),
                },
                cancellationToken, deduplicationKey: $"hours-digest:{supervisor.Id}:{today:yyyy-MM-dd}", account: new AccountLink(SupervisorId: supervisor.Id));
            queued++;
        }

        return queued;
    }
}
