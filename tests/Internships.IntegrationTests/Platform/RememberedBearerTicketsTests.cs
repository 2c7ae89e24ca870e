using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// A node opens each access token once and remembers what it opened to (RememberedBearerTickets). What it remembers must
/// never outlive the token, outlast the account's right to use it, or be shared between requests.
/// </summary>
public sealed class RememberedBearerTicketsTests
{
    [Test]
    public async Task A_remembered_token_is_still_refused_once_its_hour_is_over()
    {
        var clock = new MovableTime(DateTimeOffset.UtcNow);
        await using var host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(),
            testServices: services => services.AddSingleton<TimeProvider>(clock));
        var district = await District.CreateAsync(host);
        var token = await AccessTokenAsync(district, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        var client = WithToken(district, token);
        await (await client.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await client.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(host.Services.GetRequiredService<RememberedBearerTickets>().RememberedCount, Is.GreaterThanOrEqualTo(1),
            "the token was opened once and remembered");

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        await (await client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_remembered_token_is_refused_as_soon_as_the_account_is_disabled()
    {
        var district = TestHost.District;
        var email = $"remembered-{District.Next()}@tests.local";
        await district.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Coordinator" }, HttpStatusCode.Created);
        var token = await AccessTokenAsync(district, email, District.Password);
        var client = WithToken(district, token);
        await (await client.GetAsync("/api/me")).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var users = await district.Admin.GetJsonAsync($"/api/users?q={Uri.EscapeDataString(email)}");
        await district.Admin.PostJsonAsync($"/api/users/{District.Id(users["items"]![0]!.AsObject())}/disable");

        await (await client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Each_request_gets_its_own_copy_and_tokens_that_do_not_open_are_not_remembered()
    {
        var district = TestHost.District;
        var token = await AccessTokenAsync(district, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        var services = district.Factory.Services;
        var format = services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme).BearerTokenProtector;
        var remembered = services.GetRequiredService<RememberedBearerTickets>();

        var first = format.Unprotect(token)!;
        var second = format.Unprotect(token)!;
        var before = remembered.RememberedCount;
        Assert.That(format.Unprotect(token + "x"), Is.Null);
        Assert.That(format.Unprotect("CfDJ8-not-a-real-token"), Is.Null);

        Assert.That(remembered.RememberedCount, Is.EqualTo(before), "refused tokens take no room");
        Assert.That(second, Is.Not.SameAs(first));
        Assert.That(second.Principal, Is.Not.SameAs(first.Principal));
        Assert.That(second.Principal.Identity!.Name, Is.EqualTo(first.Principal.Identity!.Name));
        first.Principal.Identities.First().AddClaim(new System.Security.Claims.Claim("changed-by-one-request", "yes"));
        Assert.That(format.Unprotect(token)!.Principal.HasClaim(c => c.Type == "changed-by-one-request"), Is.False,
            "what one request does to its user reaches no other");
    }

    private static async Task<string> AccessTokenAsync(District district, string email, string password)
    {
        var response = await district.Anonymous.PostAsync("/api/auth/login", new { email, password });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
    }

    private static ApiClient WithToken(District district, string token)
    {
        var client = district.Anonymous;
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>The host's clock, moved by the test; timers stay the system's.</summary>
    private sealed class MovableTime(DateTimeOffset start) : TimeProvider
    {
        private long _ticks = start.UtcTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
    }
}
