using System.Net;
using System.Text.RegularExpressions;

namespace Internships.IntegrationTests.Support;

/// <summary>A coordinator's browser without a browser: signs in through the form, then reads pages and posts their forms with the anti-forgery token.</summary>
public static partial class CoordinatorPages
{
    public static async Task<HttpClient> SignInAsync(District district, string role = "Coordinator", int? employerId = null)
    {
        var email = $"{role.ToLowerInvariant()}-pages-{District.Next()}@tests.local";
        await district.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role, employerId }, HttpStatusCode.Created);
        var browser = PageBrowser.Open(district.Factory);
        var signedIn = await PageBrowser.SignInAsync(browser, email, District.Password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {role}");
        return browser;
    }

    /// <summary>Posts the page's form as multipart (fields and files), with the token read from the page (without its query) first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, Dictionary<string, string> fields,
        params (string Name, string FileName, byte[] Content)[] files)
    {
        var page = await browser.GetStringAsync(path.Split('?')[0]);
        var form = new MultipartFormDataContent { { new StringContent(Token().Match(page).Groups["token"].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), name, fileName);
        }

        return await browser.PostAsync(path, form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
