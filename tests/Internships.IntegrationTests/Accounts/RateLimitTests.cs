using System.Net;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Accounts;

/// <summary>
/// The ways in are rate-limited per client address and per account, answering 429 problem+json with Retry-After, and
/// let people in again once the window has passed. A host of its own with small limits and short windows.
/// </summary>
[NonParallelizable]
public sealed class RateLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    private InternshipsApiFactory _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), settings: new Dictionary<string, string?>
    {
        ["RateLimits:SignIn:PerAddress"] = "8",
        ["RateLimits:SignIn:PerAccount"] = "3",
        ["RateLimits:SignIn:Window"] = Window.ToString(),
        ["RateLimits:PasswordReset:PerAddress"] = "100",
        ["RateLimits:PasswordReset:PerAccount"] = "2",
        ["RateLimits:PasswordReset:Window"] = Window.ToString(),
        ["RateLimits:Invitation:PerAddress"] = "100",
        ["RateLimits:Invitation:PerAccount"] = "2",
        ["RateLimits:Invitation:Window"] = Window.ToString(),
        ["RateLimits:PublicDocuments:PerAddress"] = "5",
        ["RateLimits:PublicDocuments:Window"] = Window.ToString(),
    });

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [SetUp]
    public Task NewWindow() => Task.Delay(Window + TimeSpan.FromMilliseconds(300));

    [Test]
    public async Task Sign_in_attempts_for_one_account_are_limited_then_allowed_again()
    {
        var anonymous = ApiClient.Anonymous(_host);
        var email = $"target{District.Next()}@tests.local";
        for (var i = 0; i < 3; i++)
        {
            await (await anonymous.PostAsync("/api/auth/login", new { email, password = "guess" + i })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await anonymous.PostAsync("/api/auth/login", new { email, password = "guess" });
        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 3));
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Too many attempts"));
        await (await anonymous.PostAsync("/api/auth/login", new { email = "someone-else@tests.local", password = "guess" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await Task.Delay(Window + TimeSpan.FromMilliseconds(300));
        await ApiClient.SignInAsync(_host, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        await (await anonymous.PostAsync("/api/auth/login", new { email, password = "again" })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Sign_in_attempts_from_one_address_are_limited_whatever_the_account()
    {
        var anonymous = ApiClient.Anonymous(_host);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 9; i++)
        {
            answers.Add((await anonymous.PostAsync("/api/auth/login", new { email = $"spray{District.Next()}@tests.local", password = "guess" })).StatusCode);
        }

        Assert.That(answers.Take(8), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answers[8], Is.EqualTo(HttpStatusCode.TooManyRequests));
        var limited = await anonymous.PostAsync("/api/auth/login", new { email = "spray@tests.local", password = "guess" });
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task The_sign_in_page_is_limited_too_and_says_so()
    {
        var browser = PageBrowser.Open(_host);
        var email = $"page{District.Next()}@tests.local";
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await PageBrowser.SignInAsync(browser, email, "guess")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var limited = await PageBrowser.SignInAsync(browser, email, "guess");
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
        Assert.That(await limited.Content.ReadAsStringAsync(), Does.Contain("Too many attempts in a short while"));
    }

    [Test]
    public async Task Anonymous_badge_documents_are_limited_per_address_and_served_again_after_the_window()
    {
        var anonymous = ApiClient.Anonymous(_host);
        var answers = new List<HttpStatusCode>();
        foreach (var address in new[] { "/.well-known/jwks.json", "/ob/v2/issuer", "/.well-known/jwks.json", "/ob/v3/status/1", "/ob/v2/issuer" })
        {
            answers.Add((await anonymous.GetAsync(address)).StatusCode);
        }

        Assert.That(answers, Has.None.EqualTo(HttpStatusCode.TooManyRequests));
        var limited = await anonymous.GetAsync("/.well-known/jwks.json");
        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
        var page = await anonymous.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/badges/{Guid.NewGuid()}") { Headers = { { "Accept", "text/html" } } });
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the public badge page counts with them");
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Too many attempts"));

        await Task.Delay(Window + TimeSpan.FromMilliseconds(300));
        await (await anonymous.GetAsync("/.well-known/jwks.json")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Password_reset_requests_are_limited_per_address_asked_about()
    {
        var anonymous = ApiClient.Anonymous(_host);
        for (var i = 0; i < 2; i++)
        {
            await (await anonymous.PostAsync("/api/auth/forgot-password", new { email = InternshipsApiFactory.AdminEmail }))
                .ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        }

        await (await anonymous.PostAsync("/api/auth/forgot-password", new { email = InternshipsApiFactory.AdminEmail }))
            .ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.That(await Mailbox.CountAsync(_host, NotificationKind.PasswordReset, InternshipsApiFactory.AdminEmail), Is.LessThanOrEqualTo(2));
        await (await anonymous.PostAsync("/api/auth/reset-password", new { token = "guessed", newPassword = "Guess!2345-a" })).ShouldBeValidationProblemAsync("token");
        await (await anonymous.PostAsync("/api/auth/reset-password", new { token = "guessed", newPassword = "Guess!2345-b" })).ShouldBeValidationProblemAsync("token");
        await (await anonymous.PostAsync("/api/auth/reset-password", new { token = "guessed", newPassword = "Guess!2345-c" }))
            .ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Test]
    public async Task Guessing_at_an_invitation_is_limited()
    {
        var anonymous = ApiClient.Anonymous(_host);
        for (var i = 0; i < 2; i++)
        {
            await (await anonymous.PostAsync("/api/auth/invitations/accept", new { token = "guessed-link", password = "Guess!2345-pw" }))
                .ShouldBeValidationProblemAsync("token");
        }

        await (await anonymous.PostAsync("/api/auth/invitations/accept", new { token = "guessed-link", password = "Guess!2345-pw" }))
            .ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
