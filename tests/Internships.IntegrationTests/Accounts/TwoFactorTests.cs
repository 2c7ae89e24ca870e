using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Accounts;

/// <summary>
/// Two-factor sign-in with an authenticator app (the tests compute the codes as the app would, RFC 6238): set up, the
/// two-step API sign-in, the page's second step, recovery codes, and the rule that district staff must use it.
/// </summary>
public sealed partial class TwoFactorTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_api_signs_in_in_two_steps_once_an_authenticator_is_set_up()
    {
        var email = await PasswordTests.NewAccountAsync();
        var (key, recoveryCodes) = await TurnOnAsync(District, email);
        Assert.That(recoveryCodes, Has.Count.EqualTo(10));

        var first = await District.Anonymous.ExpectAsync<JsonObject>(
            District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password }), HttpStatusCode.Accepted);
        Assert.That(first["requiresTwoFactor"]!.GetValue<bool>(), Is.True);
        Assert.That(first["accessToken"], Is.Null, "no token before the second factor");
        var twoFactorToken = first["twoFactorToken"]!.GetValue<string>();

        await (await District.Anonymous.PostAsync("/api/auth/login/two-factor", new { twoFactorToken, code = WrongCode(key) }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/login/two-factor", new { twoFactorToken = "forged", code = Totp.Code(key) }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/login/two-factor", new { twoFactorToken })).ShouldBeValidationProblemAsync("code");
        var tokens = await District.Anonymous.PostJsonAsync("/api/auth/login/two-factor", new { twoFactorToken, code = Totp.Code(key) });
        var me = await DeactivationTests.Bearer(tokens["accessToken"]!.GetValue<string>()).GetJsonAsync("/api/me/two-factor");
        Assert.That(me["enabled"]!.GetValue<bool>(), Is.True);
        Assert.That(me["recoveryCodesLeft"]!.GetValue<int>(), Is.EqualTo(10));
    }

    [Test]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = await PasswordTests.NewAccountAsync();
        var (_, recoveryCodes) = await TurnOnAsync(District, email);

        var token = await SecondStepTokenAsync(email);
        var tokens = await District.Anonymous.PostJsonAsync("/api/auth/login/two-factor", new { twoFactorToken = token, recoveryCode = recoveryCodes[0] });
        var left = await DeactivationTests.Bearer(tokens["accessToken"]!.GetValue<string>()).GetJsonAsync("/api/me/two-factor");
        Assert.That(left["recoveryCodesLeft"]!.GetValue<int>(), Is.EqualTo(9));

        await (await District.Anonymous.PostAsync("/api/auth/login/two-factor",
            new { twoFactorToken = await SecondStepTokenAsync(email), recoveryCode = recoveryCodes[0] })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Turning_it_on_needs_a_right_code_and_ends_the_sessions_opened_with_one_factor()
    {
        var email = await PasswordTests.NewAccountAsync();
        var session = await ApiClient.SignInAsync(District.Factory, email, District.Password);
        var setup = await session.PostJsonAsync("/api/me/two-factor/authenticator");
        Assert.That(setup["authenticatorUri"]!.GetValue<string>(), Does.StartWith("otpauth://totp/"));
        var key = setup["sharedKey"]!.GetValue<string>();

        await (await session.PostAsync("/api/me/two-factor/enable", new { code = WrongCode(key) })).ShouldBeValidationProblemAsync("code");
        await (await session.PostAsync("/api/me/two-factor/recovery-codes")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await session.PostJsonAsync("/api/me/two-factor/enable", new { code = Totp.Code(key) });

        await (await session.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var after = DeactivationTests.Bearer((await District.Anonymous.PostJsonAsync("/api/auth/login/two-factor",
            new { twoFactorToken = await SecondStepTokenAsync(email), code = Totp.Code(key) }))["accessToken"]!.GetValue<string>());
        await (await after.PostAsync("/api/me/two-factor/authenticator")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await after.PostAsync("/api/me/two-factor/disable")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await ApiClient.SignInAsync(District.Factory, email, District.Password);
    }

    [Test]
    public async Task The_pages_set_it_up_with_a_qr_code_and_ask_for_the_code_at_sign_in()
    {
        var email = await PasswordTests.NewAccountAsync();
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);

        var setup = await PageBrowser.PostFormAsync(browser, "/settings/two-factor?handler=Start", new());
        var html = await setup.Content.ReadAsStringAsync();
        Assert.That(setup.StatusCode, Is.EqualTo(HttpStatusCode.OK), html);
        Assert.That(html, Does.Contain("<img src=\"data:image/svg"), "a QR code, drawn here");
        var key = SharedKey().Match(html).Groups["key"].Value;
        var uri = AuthenticatorUri().Match(html).Groups["uri"].Value;
        var enabled = await PageBrowser.PostFormAsync(browser, "/settings/two-factor?handler=Enable", new()
        {
            ["sharedKey"] = key, ["authenticatorUri"] = System.Net.WebUtility.HtmlDecode(uri), ["Input.Code"] = Totp.Code(key),
        });
        var codes = await enabled.Content.ReadAsStringAsync();
        Assert.That(codes, Does.Contain("Your recovery codes").And.Contain("Two-factor sign-in is on"));
        Assert.That((await browser.GetAsync("/settings/security")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this browser stays signed in");

        var next = PageBrowser.Open(District.Factory);
        var password = await PageBrowser.SignInAsync(next, email, District.Password);
        Assert.That(password.Headers.Location!.ToString(), Does.StartWith("/account/two-factor"));
        var wrong = await PageBrowser.PostFormAsync(next, "/account/two-factor", new() { ["Input.Code"] = WrongCode(key) });
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("The code is wrong or has expired"));
        var right = await PageBrowser.PostFormAsync(next, "/account/two-factor", new() { ["Input.Code"] = Totp.Code(key) });
        Assert.That(right.Headers.Location!.ToString(), Is.EqualTo("/coordinator"));
        Assert.That((await next.GetAsync("/coordinator")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Where_it_is_required_district_staff_can_do_nothing_but_set_it_up()
    {
        await using var host = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(),
            settings: new Dictionary<string, string?> { ["Security:RequireTwoFactorForStaff"] = "true" });
        var admin = await ApiClient.SignInAsync(host, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        var coordinator = new { email = $"staff{District.Next()}@tests.local", password = District.Password, role = "Coordinator" };
        var problem = await (await admin.PostAsync("/api/users", coordinator)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem["title"]!.GetValue<string>(), Is.EqualTo("Two-factor sign-in required"));
        Assert.That((await admin.GetJsonAsync("/api/me/two-factor"))["required"]!.GetValue<bool>(), Is.True);
        await admin.GetJsonAsync("/api/me");

        var browser = PageBrowser.Open(host);
        await PageBrowser.SignInAsync(browser, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        Assert.That((await browser.GetAsync("/accounts")).Headers.Location!.ToString(), Is.EqualTo("/settings/two-factor"));
        Assert.That((await browser.GetAsync("/jobs")).Headers.Location!.ToString(), Is.EqualTo("/settings/two-factor"));
        Assert.That(await browser.GetStringAsync("/settings/two-factor"), Does.Contain("must sign in with a second factor"));

        var key = (await admin.PostJsonAsync("/api/me/two-factor/authenticator"))["sharedKey"]!.GetValue<string>();
        await admin.PostJsonAsync("/api/me/two-factor/enable", new { code = Totp.Code(key) });
        var anonymous = ApiClient.Anonymous(host);
        var first = await anonymous.ExpectAsync<JsonObject>(anonymous.PostAsync("/api/auth/login",
            new { email = InternshipsApiFactory.AdminEmail, password = InternshipsApiFactory.AdminPassword }), HttpStatusCode.Accepted);
        var tokens = await anonymous.PostJsonAsync("/api/auth/login/two-factor",
            new { twoFactorToken = first["twoFactorToken"]!.GetValue<string>(), code = Totp.Code(key) });
        var withBothFactors = new ApiClient(host.CreateClient());
        withBothFactors.Http.DefaultRequestHeaders.Authorization = new("Bearer", tokens["accessToken"]!.GetValue<string>());
        await withBothFactors.PostJsonAsync("/api/users", coordinator, HttpStatusCode.Created);

        // The rule is for district staff: the new coordinator is held to it, an employer's admin is not.
        var newCoordinator = await ApiClient.SignInAsync(host, coordinator.email, District.Password);
        await (await newCoordinator.GetAsync("/api/schools")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var employer = new Internships.Domain.Employers.Employer($"Partner {District.Next()}", "Energy", "hr@partner.local", null, null, null, null, null);
        await host.WithDbAsync(async db =>
        {
            db.Employers.Add(employer);
            return await db.SaveChangesAsync();
        });
        var hrEmail = $"hr{District.Next()}@partner.local";
        await withBothFactors.PostJsonAsync("/api/users",
            new { email = hrEmail, password = District.Password, role = "EmployerAdmin", employerId = employer.Id }, HttpStatusCode.Created);
        var employerAdmin = await ApiClient.SignInAsync(host, hrEmail, District.Password);
        await employerAdmin.GetJsonAsync("/api/schools");
    }

    /// <summary>Sets up an authenticator for the account and turns it on; its key and recovery codes.</summary>
    internal static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnAsync(District district, string email)
    {
        var session = await ApiClient.SignInAsync(district.Factory, email, District.Password);
        var key = (await session.PostJsonAsync("/api/me/two-factor/authenticator"))["sharedKey"]!.GetValue<string>();
        var codes = await session.PostJsonAsync("/api/me/two-factor/enable", new { code = Totp.Code(key) });
        return (key, codes["recoveryCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList());
    }

    private static async Task<string> SecondStepTokenAsync(string email) =>
        (await District.Anonymous.ExpectAsync<JsonObject>(District.Anonymous.PostAsync("/api/auth/login",
            new { email, password = District.Password }), HttpStatusCode.Accepted))["twoFactorToken"]!.GetValue<string>();

    /// <summary>A code the app shows at no moment near now.</summary>
    private static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, stepOffset: step)).ToHashSet();
        return Enumerable.Range(0, 1000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    [GeneratedRegex("<code id=\"shared-key\">(?<key>[^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("name=\"authenticatorUri\" value=\"(?<uri>[^\"]+)\"")]
    private static partial Regex AuthenticatorUri();
}
