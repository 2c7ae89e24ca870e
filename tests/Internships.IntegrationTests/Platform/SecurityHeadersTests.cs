using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// One header policy on every response (pages, API, problems, public documents), a content security policy without
/// unsafe-inline, and CORS only where browser verifiers on other sites read: the Open Badges documents and keys.
/// </summary>
public sealed class SecurityHeadersTests
{
    private static District District => TestHost.District;

    [TestCase("/")]
    [TestCase("/account/forgot-password")]
    [TestCase("/api/postings")]
    [TestCase("/api/placements/abc")]
    [TestCase("/.well-known/jwks.json")]
    [TestCase("/no-such-page")]
    public async Task Every_response_carries_the_header_policy(string address)
    {
        var response = await District.Anonymous.GetAsync(address);

        var csp = Header(response, "Content-Security-Policy");
        Assert.That(csp, Does.Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
            .And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline").And.Not.Contain("unsafe-eval"));
        Assert.That(Header(response, "X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(Header(response, "X-Frame-Options"), Is.EqualTo("DENY"));
        Assert.That(Header(response, "Referrer-Policy"), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(Header(response, "Permissions-Policy"), Does.Contain("camera=()").And.Contain("geolocation=()"));
    }

    [TestCase("/.well-known/jwks.json")]
    [TestCase("/ob/v2/issuer")]
    public async Task Open_badges_documents_answer_any_origin_for_reading(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("Origin", "https://verifier.example");
        var response = await District.Anonymous.Http.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(Header(response, "Access-Control-Allow-Origin"), Is.EqualTo("*"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, address);
        preflight.Headers.Add("Origin", "https://verifier.example");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await District.Anonymous.Http.SendAsync(preflight);
        Assert.That(refused.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) ? string.Join(",", methods) : "",
            Does.Not.Contain("DELETE"), "read-only: no other method is allowed across origins");
    }

    [TestCase("/api/postings")]
    [TestCase("/api/auth/login")]
    [TestCase("/")]
    public async Task Nothing_else_answers_cors(string address)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add("Origin", "https://elsewhere.example");
        var response = await District.Anonymous.Http.SendAsync(request);

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
