using Internships.Domain.Common;
using Internships.Domain.Reports;

namespace Internships.UnitTests.Domain;

public sealed class ReportTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 18, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_report_goes_from_queued_to_running_to_ready_and_is_never_produced_again()
    {
        var report = Report.ForPlacement(7, "coordinator@demo.local", 1, Now);
        Assert.That(report.Status, Is.EqualTo(ReportStatus.Queued));

        report.Start(Now);
        var file = report.Complete([1, 2, 3], "placement-7.pdf", 2, Now.AddSeconds(1));

        Assert.That(report.Status, Is.EqualTo(ReportStatus.Ready));
        Assert.That(report.NeedsProducing, Is.False);
        Assert.That((report.FileSize, report.PageCount, file.Content.Length), Is.EqualTo((3L, 2, 3)));
        Assert.Throws<InvalidStateTransitionException>(() => report.Start(Now));
    }

    [Test]
    public void A_failed_report_keeps_the_reason_and_a_retry_may_start_it_again()
    {
        var report = Report.ForPlacement(7, "coordinator@demo.local", 1, Now);
        report.Start(Now);
        report.Fail(new string('x', 5000), Now);

        Assert.That(report.Status, Is.EqualTo(ReportStatus.Failed));
        Assert.That(report.Error!.Length, Is.EqualTo(Report.MaxErrorLength));

        report.Start(Now);
        Assert.That((report.Status, report.Attempts, report.Error), Is.EqualTo((ReportStatus.Running, 2, (string?)null)));
    }

    [Test]
    public void Only_a_running_report_completes()
    {
        var report = Report.ForPlacement(7, "coordinator@demo.local", 1, Now);
        Assert.Throws<InvalidStateTransitionException>(() => report.Complete([1], "a.pdf", 1, Now));
    }
}
