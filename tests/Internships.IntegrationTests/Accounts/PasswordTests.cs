using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Accounts;

/// <summary>Forgetting a password, resetting it by e-mail, changing it, and ending every session at once.</summary>
public sealed class PasswordTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Asking_for_a_reset_answers_the_same_whether_or_not_the_address_has_an_account()
    {
        var email = await NewAccountAsync();
        var unknown = $"nobody{District.Next()}@tests.local";

        var known = await District.Anonymous.PostAsync("/api/auth/forgot-password", new { email });
        var nobody = await District.Anonymous.PostAsync("/api/auth/forgot-password", new { email = unknown });

        await known.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        await nobody.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
        Assert.That(await known.Content.ReadAsStringAsync(), Is.EqualTo(await nobody.Content.ReadAsStringAsync()));
        await Mailbox.LatestAsync(District.Factory, NotificationKind.PasswordReset, email);
        Assert.That(await Mailbox.CountAsync(District.Factory, NotificationKind.PasswordReset, unknown), Is.Zero);
        await (await District.Anonymous.PostAsync("/api/auth/forgot-password", new { email = "not an address" })).ShouldBeValidationProblemAsync("email");
    }

    [Test]
    public async Task The_emailed_link_sets_a_new_password_once_and_ends_every_session()
    {
        var email = await NewAccountAsync();
        var session = await DeactivationTests.SignInAsync(email);
        await District.Anonymous.PostAsync("/api/auth/forgot-password", new { email });
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.PasswordReset, email, "/account/reset-password");

        await (await District.Anonymous.PostAsync("/api/auth/reset-password", new { token, newPassword = "short" }))
            .ShouldBeValidationProblemAsync("newPassword");
        var reset = await District.Anonymous.PostAsync("/api/auth/reset-password", new { token, newPassword = "Renewed!2345-pw" });
        await reset.ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await ApiClient.SignInAsync(District.Factory, email, "Renewed!2345-pw");
        await (await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await DeactivationTests.Bearer(session["accessToken"]!.GetValue<string>()).GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = session["refreshToken"]!.GetValue<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/reset-password", new { token, newPassword = "Again!2345-pw-x" }))
            .ShouldBeValidationProblemAsync("token");
        await (await District.Anonymous.PostAsync("/api/auth/reset-password", new { token = "forged", newPassword = "Again!2345-pw-x" }))
            .ShouldBeValidationProblemAsync("token");
    }

    [Test]
    public async Task A_disabled_account_gets_no_reset_link()
    {
        var email = await NewAccountAsync();
        var id = District.Id((await District.Admin.GetJsonAsync($"/api/users?q={Uri.EscapeDataString(email)}"))["items"]![0]!.AsObject());
        await District.Admin.PostJsonAsync($"/api/users/{id}/disable");

        await (await District.Anonymous.PostAsync("/api/auth/forgot-password", new { email })).ShouldHaveStatusAsync(HttpStatusCode.Accepted);

        Assert.That(await Mailbox.CountAsync(District.Factory, NotificationKind.PasswordReset, email), Is.Zero);
    }

    [Test]
    public async Task The_reset_page_sets_the_password_from_the_link()
    {
        var email = await NewAccountAsync();
        var browser = PageBrowser.Open(District.Factory);
        var asked = await PageBrowser.PostFormAsync(browser, "/account/forgot-password", new() { ["Input.Email"] = email });
        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain("If an account uses this address"));
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.PasswordReset, email, "/account/reset-password");

        var url = $"/account/reset-password?token={Uri.EscapeDataString(token)}";
        var done = await PageBrowser.PostFormAsync(browser, url, new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "FromPage!2345", ["Input.ConfirmPassword"] = "FromPage!2345",
        });
        Assert.That(done.Headers.Location!.ToString(), Is.EqualTo("/account/sign-in"));
        Assert.That((await PageBrowser.SignInAsync(browser, email, "FromPage!2345")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var reused = await PageBrowser.PostFormAsync(PageBrowser.Open(District.Factory), url, new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "FromPage!2345-b", ["Input.ConfirmPassword"] = "FromPage!2345-b",
        });
        Assert.That(await reused.Content.ReadAsStringAsync(), Does.Contain("This link does not work any more"));
    }

    [Test]
    public async Task Changing_the_password_needs_the_current_one_and_ends_the_other_sessions()
    {
        var email = await NewAccountAsync();
        var elsewhere = await DeactivationTests.SignInAsync(email);
        var here = await ApiClient.SignInAsync(District.Factory, email, District.Password);

        await (await here.PostAsync("/api/me/password", new { currentPassword = "wrong", newPassword = "Changed!2345-pw" }))
            .ShouldBeValidationProblemAsync("currentPassword");
        await (await here.PostAsync("/api/me/password", new { currentPassword = District.Password, newPassword = "weak" }))
            .ShouldBeValidationProblemAsync("newPassword");
        await (await here.PostAsync("/api/me/password", new { currentPassword = District.Password, newPassword = "Changed!2345-pw" }))
            .ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await DeactivationTests.Bearer(elsewhere["accessToken"]!.GetValue<string>()).GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await here.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await ApiClient.SignInAsync(District.Factory, email, "Changed!2345-pw");
    }

    [Test]
    public async Task Changing_the_password_on_the_page_keeps_that_browser_signed_in()
    {
        var email = await NewAccountAsync();
        var other = await DeactivationTests.SignInAsync(email);
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);

        var changed = await PageBrowser.PostFormAsync(browser, "/settings/security?handler=Password", new()
        {
            ["Input.CurrentPassword"] = District.Password, ["Input.NewPassword"] = "PageChange!2345", ["Input.ConfirmPassword"] = "PageChange!2345",
        });

        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await browser.GetStringAsync("/settings/security"), Does.Contain("Your password is changed"));
        await (await DeactivationTests.Bearer(other["accessToken"]!.GetValue<string>()).GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Signing_out_everywhere_ends_tokens_refresh_tokens_and_cookies()
    {
        var email = await NewAccountAsync();
        var phone = await DeactivationTests.SignInAsync(email);
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);
        var laptop = await ApiClient.SignInAsync(District.Factory, email, District.Password);

        await (await laptop.PostAsync("/api/me/sign-out-everywhere")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        await (await laptop.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await DeactivationTests.Bearer(phone["accessToken"]!.GetValue<string>()).GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = phone["refreshToken"]!.GetValue<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That((await browser.GetAsync("/settings/security")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the cookie is signed out too");
        await ApiClient.SignInAsync(District.Factory, email, District.Password);
    }

    /// <summary>A fresh coordinator account (a password, no record), as most tests here need.</summary>
    internal static async Task<string> NewAccountAsync(string role = "Coordinator")
    {
        var email = $"{role.ToLowerInvariant()}-pw{District.Next()}@tests.local";
        await District.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role }, HttpStatusCode.Created);
        return email;
    }
}
