using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Applications;
using Internships.Domain.Postings;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Seeding;

/// <summary>A fresh start in Development fills the database with the demo district, once; production never gets demo accounts.</summary>
[NonParallelizable]
public sealed class DemoDistrictTests
{
    private const string DemoPassword = "Demo!2345";
    private InternshipsApiFactory _development = null!;

    [OneTimeSetUp]
    public void Start() => _development = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Development", seedDemoData: true);

    [OneTimeTearDown]
    public async Task StopAsync() => await _development.DisposeAsync();

    [Test]
    public async Task The_demo_district_is_a_realistic_programme()
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);

        Assert.That((await coordinator.GetJsonAsync("/api/pathways"))["total"]!.GetValue<int>(), Is.InRange(8, 15));
        Assert.That((await coordinator.GetJsonAsync("/api/schools"))["total"]!.GetValue<int>(), Is.InRange(3, 10));
        Assert.That((await coordinator.GetJsonAsync("/api/employers"))["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(12));
        Assert.That((await coordinator.GetJsonAsync("/api/students"))["total"]!.GetValue<int>(), Is.InRange(200, 1000));
        foreach (var grade in new[] { 9, 10, 11, 12 })
        {
            Assert.That((await coordinator.GetJsonAsync($"/api/students?grade={grade}"))["total"]!.GetValue<int>(), Is.Positive, $"grade {grade}");
        }

        var postings = await _development.WithDbAsync(db => db.Postings.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.That(postings.Sum(p => p.Count), Is.GreaterThanOrEqualTo(40));
        Assert.That(postings.Select(p => p.Key), Is.EquivalentTo(Enum.GetValues<PostingStatus>()), "postings in every state");
        Assert.That((await coordinator.GetJsonAsync("/api/postings?status=Submitted"))["total"]!.GetValue<int>(), Is.Positive, "an approval queue");

        var applications = await _development.WithDbAsync(db => db.Applications.Select(a => a.Status).Distinct().ToListAsync());
        Assert.That(applications, Is.EquivalentTo(Enum.GetValues<ApplicationStatus>()), "applications at every stage");
        var overfilled = await _development.WithDbAsync(db => db.Postings.CountAsync(p =>
            db.Applications.Count(a => a.PostingId == p.Id && a.Status == ApplicationStatus.Accepted) != p.FilledSlots || p.FilledSlots > p.Slots));
        Assert.That(overfilled, Is.Zero, "accepted applications match every posting's filled slots");
    }

    [Test]
    public async Task Each_demo_account_signs_in_and_has_something_to_do()
    {
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);
        var me = await student.GetJsonAsync("/api/me");
        var record = await student.GetJsonAsync($"/api/students/{me["studentId"]!.GetValue<int>()}");
        Assert.That(record["grade"]!.GetValue<int>(), Is.EqualTo(11));
        Assert.That(record["enrolments"]!.AsArray(), Is.Not.Empty);
        Assert.That((await student.GetJsonAsync("/api/postings?eligibleOnly=true"))["total"]!.GetValue<int>(), Is.Positive);
        Assert.That((await student.GetJsonAsync("/api/me/applications"))["total"]!.GetValue<int>(), Is.Positive);

        var employer = await ApiClient.SignInAsync(_development, "employer@demo.local", DemoPassword);
        var employerId = (await employer.GetJsonAsync("/api/me"))["employerId"]!.GetValue<int>();
        var open = await employer.GetJsonAsync($"/api/postings?employerId={employerId}");
        var postingId = open["items"]![0]!["id"]!.GetValue<int>();
        Assert.That((await employer.GetJsonAsync($"/api/postings/{postingId}/applications"))["total"]!.GetValue<int>(), Is.Positive);

        var supervisor = await ApiClient.SignInAsync(_development, "supervisor@demo.local", DemoPassword);
        Assert.That((await supervisor.GetJsonAsync("/api/me"))["employerId"]!.GetValue<int>(), Is.EqualTo(employerId));

        var admin = await ApiClient.SignInAsync(_development, "admin@demo.local", DemoPassword);
        Assert.That((await admin.GetJsonAsync("/api/users?pageSize=100"))["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(5));
    }

    [TestCase("")]
    [TestCase("q=intern")]
    [TestCase("q=DATA")]
    [TestCase("q=riverbend")]
    [TestCase("pathwayId=1")]
    [TestCase("pathwayId=3&sort=newest")]
    [TestCase("minWage=19.5")]
    [TestCase("maxWage=18&sort=wage")]
    [TestCase("remote=true")]
    [TestCase("location=oak")]
    [TestCase("sort=wage&pageSize=7&page=2")]
    [TestCase("sort=title")]
    [TestCase("q=e&minWage=17&sort=wage&pageSize=100")]
    public async Task Search_from_memory_agrees_with_the_database(string filters)
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
        var lapsed = await _development.WithDbAsync(db => db.Postings.CountAsync(p => p.Status == PostingStatus.Open && p.ApplicationDeadline < today));
        Assert.That(lapsed, Is.Zero, "every open demo posting takes applications, so the two lists must be the same");

        var fromMemory = await coordinator.GetJsonAsync($"/api/postings?{filters}");
        var fromDatabase = await coordinator.GetJsonAsync($"/api/postings?status=Open&{filters}");

        Assert.That(fromMemory["total"]!.GetValue<int>(), Is.EqualTo(fromDatabase["total"]!.GetValue<int>()));
        Assert.That(fromMemory["items"]!.ToJsonString(), Is.EqualTo(fromDatabase["items"]!.ToJsonString()));
        Assert.That(fromMemory["total"]!.GetValue<int>(), filters.Contains("remote") || filters.Contains("location") ? Is.GreaterThanOrEqualTo(0) : Is.Positive);
    }

    [Test]
    public async Task Search_sees_a_change_as_soon_as_it_is_committed()
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        var employer = await ApiClient.SignInAsync(_development, "employer@demo.local", DemoPassword);
        var mine = await employer.GetJsonAsync($"/api/postings?employerId={(await employer.GetJsonAsync("/api/me"))["employerId"]}");
        var posting = mine["items"]!.AsArray()[^1]!.AsObject();
        var id = posting["id"]!.GetValue<int>();
        var word = $"zebrafish{Guid.NewGuid():N}"[..20];

        Assert.That((await coordinator.GetJsonAsync($"/api/postings?q={word}"))["total"]!.GetValue<int>(), Is.Zero);
        await employer.PostJsonAsync($"/api/postings/{id}/close");
        Assert.That((await coordinator.GetJsonAsync("/api/postings?pageSize=100"))["items"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()),
            Does.Not.Contain(id), "a closed posting leaves the search at once");

        var body = Support.District.PostingBody([1]);
        body.Remove("employerId");
        body["title"] = $"Aquarium {word} intern";
        var draft = await employer.PostJsonAsync("/api/postings", body, HttpStatusCode.Created);
        await employer.PostJsonAsync($"/api/postings/{draft["id"]}/submit");
        await coordinator.PostJsonAsync($"/api/postings/{draft["id"]}/approve");
        Assert.That((await coordinator.GetJsonAsync($"/api/postings?q={word}"))["total"]!.GetValue<int>(), Is.EqualTo(1), "an approved posting is found at once");
    }

    [Test]
    public async Task A_second_start_does_not_seed_again()
    {
        var before = await _development.WithDbAsync(db => db.Students.CountAsync());

        await using var restarted = new InternshipsApiFactory(_development.DatabasePath, "Development", seedDemoData: true);
        var after = await restarted.WithDbAsync(db => db.Students.CountAsync());

        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task Production_gets_no_demo_accounts()
    {
        await using var production = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Production", seedDemoData: true);

        var response = await ApiClient.Anonymous(production).PostAsync("/api/auth/login", new { email = "coordinator@demo.local", password = DemoPassword });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var accounts = await production.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        Assert.That(accounts, Is.EqualTo(new[] { InternshipsApiFactory.AdminEmail }), "only the configured bootstrap administrator");
    }
}
