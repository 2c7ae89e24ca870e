using Hangfire;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// Every recurring job, in one place: registered (or updated) with Hangfire at start-up. To add one, write the request
/// it sends (<c>[Authorize(Roles.System)]</c>, handled in the Application project), a plain class whose
/// <c>RunAsync(CancellationToken)</c> sends it through <see cref="JobRunner"/>, register that class in DI
/// (<see cref="JobsRegistration"/>) and add a line here. Schedules are cron expressions in the district's time zone;
/// <c>Jobs:Schedules:{id}</c> overrides one, and <c>"never"</c> turns it off.
/// </summary>
public static class RecurringJobs
{
    public const string DispatchNotifications = "dispatch-notifications";
    public const string HoursDigest = "supervisor-hours-digest";
    public const string EvaluationReminders = "evaluation-due-reminders";
    public const string TermSummary = "reports-term-summary";
    public const string RequeueStalledReports = "reports-requeue-stalled";
    public const string RequeueStalledRosterImports = "roster-requeue-stalled";

    /// <summary>The default schedules; every id here is registered at start-up.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultSchedules = new Dictionary<string, string>
    {
        [DispatchNotifications] = Cron.Minutely(),
        [HoursDigest] = "0 7 * * 1-5",
        [EvaluationReminders] = "0 8 * * *",
        [TermSummary] = Cron.Daily(3),
        [RequeueStalledReports] = "*/5 * * * *",
        [RequeueStalledRosterImports] = "*/5 * * * *",
    };

    public static void Register(IRecurringJobManager jobs, Func<string, string> schedule, RecurringJobOptions options)
    {
        Add<DispatchNotificationsJob>(DispatchNotifications, job => job.RunAsync(CancellationToken.None));
        Add<QueueHoursDigestsJob>(HoursDigest, job => job.RunAsync(CancellationToken.None));
        Add<QueueEvaluationRemindersJob>(EvaluationReminders, job => job.RunAsync(CancellationToken.None));
        Add<Reports.RequestTermSummaryJob>(TermSummary, job => job.RunAsync(CancellationToken.None));
        Add<Reports.RequeueStalledReportsJob>(RequeueStalledReports, job => job.RunAsync(CancellationToken.None));
        Add<Roster.RequeueStalledRosterImportsJob>(RequeueStalledRosterImports, job => job.RunAsync(CancellationToken.None));

        void Add<TJob>(string id, System.Linq.Expressions.Expression<Func<TJob, Task>> run)
        {
            var cron = schedule(id);
            if (string.Equals(cron, "never", StringComparison.OrdinalIgnoreCase))
            {
                jobs.RemoveIfExists(id);
                return;
            }

            try
            {
                jobs.AddOrUpdate(id, run, cron, options);
            }
            catch (Exception e) when (e is Hangfire.Storage.DistributedLockTimeoutException or Hangfire.PostgreSql.PostgreSqlDistributedLockException)
            {
                // A node killed while it held this job's lock leaves it held until the lock expires. The job's stored
                // definition stands (every node registers the same one), so a node starting meanwhile must not fail.
            }
        }
    }
}
