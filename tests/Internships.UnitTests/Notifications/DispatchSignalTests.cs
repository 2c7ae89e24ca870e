using Internships.Infrastructure.Jobs;
using Shouldly;

namespace Internships.UnitTests.Notifications;

/// <summary>How commits that queued e-mail turn into dispatch jobs, on a node with a job server and on one without.</summary>
public sealed class DispatchSignalTests
{
    [Test]
    public void With_a_job_server_here_requests_wait_for_the_run_they_asked_for_to_start()
    {
        var signal = new DispatchSignal(TimeProvider.System);
        var enqueued = 0;

        signal.Request(() => enqueued++);
        signal.Request(() => enqueued++);
        enqueued.ShouldBe(1, "the first run has not started: it will find the second commit's messages too");

        signal.Started();
        signal.Request(() => enqueued++);
        enqueued.ShouldBe(2, "the run started before this commit: another is needed");
    }

    [Test]
    public async Task Without_one_every_commit_is_followed_by_a_job_enqueued_after_it()
    {
        var signal = new DispatchSignal(TimeProvider.System, jobsRunHere: false);
        var enqueued = 0;

        signal.Request(() => Interlocked.Increment(ref enqueued));
        Volatile.Read(ref enqueued).ShouldBe(1, "the first commit's job goes at once");

        // Commits inside the window share one more job, at its end; nothing here ever says a run started.
        signal.Request(() => Interlocked.Increment(ref enqueued));
        signal.Request(() => Interlocked.Increment(ref enqueued));
        Volatile.Read(ref enqueued).ShouldBe(1);
        await Task.Delay(DispatchSignal.RemoteWindow * 2);
        Volatile.Read(ref enqueued).ShouldBe(2);

        await Task.Delay(DispatchSignal.RemoteWindow);
        signal.Request(() => Interlocked.Increment(ref enqueued));
        Volatile.Read(ref enqueued).ShouldBe(3, "after a quiet window, at once again");
    }
}
