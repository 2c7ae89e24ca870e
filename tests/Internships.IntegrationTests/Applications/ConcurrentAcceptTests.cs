using System.Net;
using Internships.Domain.Applications;
using Internships.Domain.Postings;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Applications;

/// <summary>A posting never has more accepted students than slots, however many accept at the same moment.</summary>
public sealed class ConcurrentAcceptTests
{
    private static District District => TestHost.District;

    [TestCase(12, 3)]
    [TestCase(8, 1)]
    public async Task Parallel_accepts_fill_exactly_the_slots(int students, int slots)
    {
        var scenario = await Scenario.CreateAsync(District, slots);
        var offers = new List<(StudentActor Student, int ApplicationId)>();
        for (var i = 0; i < students; i++)
        {
            var student = await scenario.CreateEligibleStudentAsync(District);
            var applicationId = await District.ApplyAsync(student, scenario.PostingId);
            await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
            offers.Add((student, applicationId));
        }

        using var start = new ManualResetEventSlim();
        var accepts = offers.Select(o => Task.Run(async () =>
        {
            start.Wait();
            return await o.Student.Client!.PostAsync($"/api/applications/{o.ApplicationId}/accept");
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(accepts);

        var answers = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).OrderBy(g => g.Key).Select(g => $"{g.Count()} × {g.Key}"));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(slots), answers);
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(students - slots), answers);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("filled"));
        }

        var (accepted, posting) = await District.Factory.WithDbAsync(async db => (
            await db.Applications.CountAsync(a => a.PostingId == scenario.PostingId && a.Status == ApplicationStatus.Accepted),
            await db.Postings.AsNoTracking().SingleAsync(p => p.Id == scenario.PostingId)));
        Assert.That(accepted, Is.EqualTo(slots));
        Assert.That(posting.FilledSlots, Is.EqualTo(slots));
        Assert.That(posting.Status, Is.EqualTo(PostingStatus.Filled));
    }
}
