using System.Net;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.WebPages;

/// <summary>
/// Pages default a date to the district's today at any hour. At 23:30 in the district (Pacific time) it is already
/// tomorrow in UTC, and a page that took today from the machine's clock offered tomorrow (the browser journey failed every
/// day after 16:00 Pacific). Here the host's clock is pinned at 23:30 Pacific on the day before the district's real
/// today, so a date taken from UTC or from the machine's clock shows another day, whatever the hour the test runs.
/// </summary>
public sealed partial class DistrictDayTests
{
    [Test]
    public async Task The_placement_page_offers_the_districts_today_late_in_the_evening()
    {
        var today = District.Today.AddDays(-1);
        var lateEvening = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(new TimeOnly(23, 30)), TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));
        Assert.That(DateOnly.FromDateTime(lateEvening), Is.EqualTo(today.AddDays(1)), "in UTC it is already tomorrow");
        Assert.That(DateOnly.FromDateTime(DateTime.Now), Is.GreaterThan(today), "the machine's clock is a day or more ahead");

        await using var host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(),
            testServices: services => services.AddSingleton<TimeProvider>(new PinnedTime(lateEvening)));
        var district = await District.CreateAsync(host);
        // A minor's placement (starting tomorrow, by the host's clock) waits for paperwork: the coordinator's form to record a
        // document is dated today by default.
        var scenario = await PlacementScenario.CreateAsync(district);
        var email = $"coordinator-{District.Next()}@tests.local";
        await district.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Coordinator" }, HttpStatusCode.Created);
        var browser = PageBrowser.Open(host);
        await PageBrowser.SignInAsync(browser, email, District.Password);

        var page = await browser.GetStringAsync($"/placements/{scenario.PlacementId}");

        var input = ReceivedOnInput().Match(page);
        Assert.That(input.Success, Is.True, "the page has the form to record a document");
        Assert.That(DateValue().Match(input.Value).Groups["date"].Value, Is.EqualTo(today.ToString("yyyy-MM-dd")));
    }

    [Test]
    public async Task The_e_mail_log_shows_when_a_message_was_queued_in_the_districts_time()
    {
        // 03:30 UTC on 15 January is 19:30 on the 14th in the district (Pacific, winter).
        var queuedAt = new DateTime(2026, 1, 15, 3, 30, 0, DateTimeKind.Utc);
        await using var host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(),
            testServices: services => services.AddSingleton<TimeProvider>(new PinnedTime(queuedAt)));
        var district = await District.CreateAsync(host);
        var email = $"coordinator-{District.Next()}@tests.local";
        await district.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Coordinator" }, HttpStatusCode.Created);
        await (await district.Anonymous.PostAsync("/api/auth/forgot-password", new { email })).ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        var browser = PageBrowser.Open(host);
        await PageBrowser.SignInAsync(browser, email, District.Password);

        var page = await browser.GetStringAsync($"/coordinator/notifications?recipient={Uri.EscapeDataString(email)}");

        Assert.That(page, Does.Contain("Jan 14, 2026, 7:30 PM"));
        Assert.That(page, Does.Not.Contain("Jan 15, 2026"), "not the UTC day");
    }

    /// <summary>A clock that stands still at one moment; timers and timestamps stay the system's.</summary>
    private sealed class PinnedTime(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }

    [GeneratedRegex("<input[^>]*name=\"Input.ReceivedOn\"[^>]*>")]
    private static partial Regex ReceivedOnInput();

    [GeneratedRegex("value=\"(?<date>[^\"]*)\"")]
    private static partial Regex DateValue();
}
