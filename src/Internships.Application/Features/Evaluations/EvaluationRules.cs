using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Evaluations;

/// <summary>When an evaluation is due, and when its supervisor is reminded of it.</summary>
public static class EvaluationRules
{
    public const int RemindDaysBefore = 7;

    public static DateOnly Midpoint(DateOnly start, DateOnly end) => start.AddDays((end.DayNumber - start.DayNumber) / 2);

    public static DateOnly Due(EvaluationKind kind, DateOnly start, DateOnly end) => kind == EvaluationKind.Midpoint ? Midpoint(start, end) : end;

    /// <summary>Whether a reminder is due today: within the days before the due date, or overdue.</summary>
    public static bool RemindOn(DateOnly today, DateOnly due) => today >= due.AddDays(-RemindDaysBefore);

    /// <summary>The Monday of the week <paramref name="day"/> is in: reminders repeat weekly.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
