using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

public sealed class SignInTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Login_returns_a_bearer_token_that_identifies_the_account()
    {
        var response = await District.Anonymous.PostAsync("/api/auth/login",
            new { email = InternshipsApiFactory.AdminEmail, password = InternshipsApiFactory.AdminPassword });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var token = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.That(token!["accessToken"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(token["tokenType"]!.GetValue<string>(), Is.EqualTo("Bearer"));

        var me = await District.Admin.GetJsonAsync("/api/me");
        Assert.That(me["email"]!.GetValue<string>(), Is.EqualTo(InternshipsApiFactory.AdminEmail));
        Assert.That(me["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Admin" }));
    }

    [Test]
    public async Task A_refresh_token_buys_a_new_access_token_and_a_forged_one_does_not()
    {
        var login = await District.Anonymous.PostAsync("/api/auth/login",
            new { email = InternshipsApiFactory.AdminEmail, password = InternshipsApiFactory.AdminPassword });
        var refreshToken = (await login.Content.ReadFromJsonAsync<JsonObject>())!["refreshToken"]!.GetValue<string>();

        var refreshed = await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken });
        await refreshed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var token = (await refreshed.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        var client = District.Anonymous;
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.That((await client.GetJsonAsync("/api/me"))["email"]!.GetValue<string>(), Is.EqualTo(InternshipsApiFactory.AdminEmail));

        var forged = await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = "CfDJ8-forged" });
        await forged.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Wrong_password_is_a_401_problem()
    {
        var response = await District.Anonymous.PostAsync("/api/auth/login",
            new { email = InternshipsApiFactory.AdminEmail, password = "not-the-password" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("wrong"));
    }

    [Test]
    public async Task Missing_credentials_name_the_fields()
    {
        var response = await District.Anonymous.PostAsync("/api/auth/login", new { email = "", password = "" });

        await response.ShouldBeValidationProblemAsync("email", "password");
    }

    [Test]
    public async Task Repeated_failures_lock_the_account_with_the_same_answer_as_a_wrong_password_until_an_administrator_unlocks_it()
    {
        var locked = await District.CreateAccountAsync("Admin");
        var me = await locked.GetJsonAsync("/api/me");
        var email = me["email"]!.GetValue<string>();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await District.Anonymous.PostAsync("/api/auth/login", new { email, password = "wrong-password" });
        }

        var response = await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var unknown = await (await District.Anonymous.PostAsync("/api/auth/login", new { email = $"nobody-{District.Next()}@tests.local", password = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That((problem["title"]!.ToString(), problem["detail"]!.ToString()), Is.EqualTo((unknown["title"]!.ToString(), unknown["detail"]!.ToString())),
            "a locked account answers as an unknown address does");

        var account = await District.Admin.GetJsonAsync($"/api/users?q={Uri.EscapeDataString(email)}&status=LockedOut");
        Assert.That(account["total"]!.GetValue<int>(), Is.EqualTo(1));
        await District.Admin.PostJsonAsync($"/api/users/{District.Id(account["items"]![0]!.AsObject())}/unlock");
        await (await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password })).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Api_without_a_token_is_a_401_problem_with_a_bearer_challenge()
    {
        var response = await District.Anonymous.GetAsync("/api/postings");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));
    }

    [Test]
    public async Task A_forged_token_is_refused()
    {
        var client = District.Anonymous;
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", "CfDJ8-not-a-real-token");

        var response = await client.GetAsync("/api/schools");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
