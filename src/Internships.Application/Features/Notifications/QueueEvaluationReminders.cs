using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Evaluations;
using Internships.Domain.Notifications;
using Internships.Domain.Placements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// Reminds supervisors of evaluations coming due: the midpoint one (due halfway through the placement) and the final
/// one (due on its last day), from <see cref="EvaluationDueDates.RemindDaysBefore"/> days before until it is in.
/// Run daily by the recurring job; at most one reminder per placement, evaluation and week.
/// </summary>
[Authorize(Roles.System)]
public sealed record QueueEvaluationRemindersCommand : ICommand<int>;

public static class EvaluationDueDates
{
    public const int RemindDaysBefore = 7;

    public static DateOnly Midpoint(DateOnly start, DateOnly end) => start.AddDays((end.DayNumber - start.DayNumber) / 2);

    public static DateOnly Due(EvaluationKind kind, DateOnly start, DateOnly end) => kind == EvaluationKind.Midpoint ? Midpoint(start, end) : end;

    /// <summary>Whether a reminder is due today: within the days before the due date, or overdue.</summary>
    public static bool RemindOn(DateOnly today, DateOnly due) => today >= due.AddDays(-RemindDaysBefore);

    /// <summary>The Monday of the week <paramref name="day"/> is in: reminders repeat weekly.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

public sealed class QueueEvaluationRemindersHandler(IAppDbContext db, NotificationOutbox outbox, IClock clock)
    : ICommandHandler<QueueEvaluationRemindersCommand, int>
{
    public async ValueTask<int> Handle(QueueEvaluationRemindersCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = today.AddDays(EvaluationDueDates.RemindDaysBefore);
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
                var due = EvaluationDueDates.Due(kind, placement.StartDate, placement.EndDate);
                if (placement.Done.Contains(kind) || !EvaluationDueDates.RemindOn(today, due))
                {
                    continue;
                }

                var supervisor = await db.Supervisors.AsNoTracking().FirstAsync(s => s.Id == placement.SupervisorId, cancellationToken);
                var when = due < today ? $"was due on {due:MMMM d, yyyy}" : $"is due on {due:MMMM d, yyyy}";
                await outbox.QueueAsync(NotificationKind.EvaluationDue, supervisor.Email, new NotificationMessage(supervisor.FirstName,
                        $"{kind} evaluation {(due < today ? "overdue" : "due")}: {placement.StudentName}",
                        [$"The {kind.ToString().ToLowerInvariant()} evaluation of {placement.StudentName} ({placement.Title}) {when}.",
                         "Rate each competency from 1 to 4 and add a testimonial; it counts towards the intern's badge."],
                        "Write the evaluation", NotificationLinks.PlacementEvaluations(placement.Id)),
                    cancellationToken,
                    deduplicationKey: $"evaluation-due:{placement.Id}:{kind}:{EvaluationDueDates.WeekOf(today):yyyy-MM-dd}");
                queued++;
            }
        }

        return queued;
    }
}
