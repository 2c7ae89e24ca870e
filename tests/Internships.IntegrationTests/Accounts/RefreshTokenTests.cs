using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.Application.Common.Security;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Accounts;

/// <summary>Refresh tokens work once, are stored hashed, and a copy presented after use revokes every token of its sign-in.</summary>
public sealed class RefreshTokenTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Each_refresh_token_works_once_and_answers_the_next_one()
    {
        var email = await PasswordTests.NewAccountAsync();
        var first = await DeactivationTests.SignInAsync(email);

        var second = await RefreshAsync(first);
        var third = await RefreshAsync(second);

        Assert.That(new[] { first, second, third }.Select(t => t["refreshToken"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(3));
        Assert.That((await DeactivationTests.Bearer(third["accessToken"]!.GetValue<string>()).GetJsonAsync("/api/me"))["email"]!.GetValue<string>(),
            Is.EqualTo(email));
        var stored = await District.Factory.WithDbAsync(db => db.RefreshTokens.AsNoTracking().Select(t => t.TokenHash).ToListAsync());
        Assert.That(stored, Does.Contain(SecretTokens.Hash(third["refreshToken"]!.GetValue<string>())));
        Assert.That(stored, Does.Not.Contain(third["refreshToken"]!.GetValue<string>()), "only hashes are kept");
    }

    [Test]
    public async Task A_refresh_token_used_twice_is_refused_and_revokes_its_whole_family_but_not_other_sign_ins()
    {
        var email = await PasswordTests.NewAccountAsync();
        var stolen = await DeactivationTests.SignInAsync(email);
        var otherDevice = await DeactivationTests.SignInAsync(email);
        var rightful = await RefreshAsync(stolen);

        var replayed = await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = stolen["refreshToken"]!.GetValue<string>() });
        await replayed.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await (await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = rightful["refreshToken"]!.GetValue<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await RefreshAsync(otherDevice);
    }

    [Test]
    public async Task Two_requests_racing_with_one_refresh_token_do_not_both_get_a_session()
    {
        var email = await PasswordTests.NewAccountAsync();
        var session = await DeactivationTests.SignInAsync(email);
        var token = session["refreshToken"]!.GetValue<string>();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = token })));

        Assert.That(answers.Count(a => a.StatusCode == HttpStatusCode.OK), Is.LessThanOrEqualTo(1));
    }

    private static async Task<JsonObject> RefreshAsync(JsonObject tokens)
    {
        var response = await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = tokens["refreshToken"]!.GetValue<string>() });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
