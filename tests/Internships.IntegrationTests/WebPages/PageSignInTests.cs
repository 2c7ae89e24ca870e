using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.WebPages;

/// <summary>
/// Pages sign in with a cookie and the API with bearer tokens, for the same accounts: pages redirect to the sign-in page,
/// the API answers 401 problem details and never takes the cookie, and every form needs its anti-forgery token.
/// </summary>
public sealed class PageSignInTests
{
    private static HttpClient Browser() => PageBrowser.Open(TestHost.Factory);

    [Test]
    public async Task A_page_sends_a_signed_out_visitor_to_the_sign_in_page()
    {
        var response = await Browser().GetAsync("/student/applications");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/sign-in?ReturnUrl=%2Fstudent%2Fapplications"));
    }

    [Test]
    public async Task The_api_answers_401_problem_details_and_never_redirects()
    {
        var response = await Browser().GetAsync("/api/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task The_sign_in_cookie_opens_pages_but_not_the_api()
    {
        var browser = Browser();
        var signedIn = await PageBrowser.SignInAsync(browser, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(signedIn.Headers.Location!.ToString(), Is.EqualTo("/accounts"), "an administrator starts at the accounts");

        var home = await browser.GetStringAsync("/");
        Assert.That(home, Does.Contain(InternshipsApiFactory.AdminEmail).And.Contain("Sign out"));
        Assert.That((await browser.GetAsync("/api/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await browser.GetAsync("/coordinator")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "an administrator is not a coordinator");
    }

    [Test]
    public async Task A_wrong_password_is_refused_on_the_form()
    {
        var browser = Browser();
        var response = await PageBrowser.SignInAsync(browser, InternshipsApiFactory.AdminEmail, "not the password");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("The e-mail address or password is wrong"));
        Assert.That((await browser.GetAsync("/placements")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused()
    {
        var response = await Browser().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = InternshipsApiFactory.AdminEmail,
            ["Input.Password"] = InternshipsApiFactory.AdminPassword,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("internships.auth", StringComparison.Ordinal)),
            Is.False);
    }
}
