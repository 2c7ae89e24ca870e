using Internships.Application.Features.Evaluations;
using Internships.Domain.Evaluations;
using Internships.Domain.Notifications;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// Reminds supervisors of evaluations coming due: the midpoint one (due halfway through the placement) and the final
/// one (due on its last day), from <see cref="EvaluationRules.RemindDaysBefore"/> days before until it is in.
/// Run daily by the recurring job; at most one reminder per placement, evaluation and week.
/// </summary>
[Authorize(Roles.System)]
public sealed record QueueEvaluationRemindersCommand : ICommand<int>;

public sealed class QueueEvaluationRemindersHandler(IAppDbContext db, NotificationOutbox outbox, IClock clock)
    : ICommandHandler<QueueEvaluationRemindersCommand, int>
{
    public async ValueTask<int> Handle(QueueEvaluationRemindersCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = today.AddDays(EvaluationRules.RemindDaysBefore);
        var placements = await db.Placements.AsNoTracking()
            .Where(p => p.Status == PlacementStatus.Active && p.SupervisorId != null && p.StartDate <= horizon)
            .Select(p => new
            {
                p.Id, p.StartDate, p.EndDate, SupervisorId = p.SupervisorId!.Value, p.Posting!.Title,
                StudentName = p.Student!.FirstName + " " + p.Student.LastName,
                Done = db.Evaluations.Where(e => e.PlacementId == p.Id).Select(e => e.Kind).ToList(),
            })
            .ToListAsync(cancellationToken);

        var queued = 0;
        foreach (var placement in placements)
        {
            foreach (var kind in new[] { EvaluationKind.Midpoint, EvaluationKind.Final })
            {
                var due = EvaluationRules.Due(kind, placement.StartDate, placement.EndDate);
                if (placement.Done.Contains(kind) || !EvaluationRules.RemindOn(today, due))
                {
                    continue;
                }

                var supervisor = await db.Supervisors.AsNoTracking().FirstAsync(s => s.Id == placement.SupervisorId, cancellationToken);
                var when = $"{kind}.{(due < today ? "Overdue" : "Due")}";
                await outbox.QueueAsync(NotificationKind.EvaluationDue, supervisor.Email, t => new NotificationMessage(supervisor.FirstName,
                        t[$"EvaluationDue.Subject.{when}", placement.StudentName],
                        [t[$"EvaluationDue.Body.{when}", placement.StudentName, placement.Title, t.Date(due)], t["EvaluationDue.Rubric"]],
                        t["EvaluationDue.Link"], NotificationLinks.PlacementEvaluations(placement.Id)),
                    cancellationToken,
                    deduplicationKey: $"evaluation-due:{placement.Id}:{kind}:{EvaluationRules.WeekOf(today):yyyy-MM-dd}",
                    account: new AccountLink(SupervisorId: supervisor.Id));
                queued++;
            }
        }

        return queued;
    }
}
