using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Internships.IntegrationTests.Support;

/// <summary>An HTTP client that keeps cookies and does not follow redirects, and signs in through the form, as a browser does.</summary>
public static partial class PageBrowser
{
    public static HttpClient Open(InternshipsApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form with its anti-forgery token; the answer is a redirect when the sign-in worked.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password)
    {
        var form = await browser.GetStringAsync("/account/sign-in");
        var token = AntiForgeryToken().Match(form).Groups["token"].Value;
        return await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>
    /// Posts a form of the page at <paramref name="url"/> (its path and query): reads the page first for its anti-forgery
    /// token, as a browser has it from the page it shows.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(url.Split("?handler=")[0].Split("&handler=")[0]);
        fields["__RequestVerificationToken"] = AntiForgeryToken().Match(page).Groups["token"].Value;
        return await browser.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
