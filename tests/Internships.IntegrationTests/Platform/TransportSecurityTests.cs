using System.Net;
using Internships.IntegrationTests.Support;
using Microsoft.AspNetCore.Http;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// A Production node behind a TLS-terminating proxy: HTTPS only (redirect, HSTS, Secure cookies), the client's scheme and
/// address taken from forwarded headers only when a trusted proxy sent them, and no API description unless configured.
/// </summary>
[NonParallelizable]
public sealed class TransportSecurityTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("172.28.0.7");
    private static readonly IPAddress Stranger = IPAddress.Parse("203.0.113.9");
    private InternshipsApiFactory factory = null!;

    [OneTimeSetUp]
    public void Start()
    {
        factory = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Production", settings: new Dictionary<string, string?>
        {
            ["OpenBadges:PublicBaseUrl"] = "https://internships.district.example",
            ["Transport:TrustedProxies:0"] = "172.28.0.0/24",
        });
        _ = factory.Server;
    }

    [OneTimeTearDown]
    public async Task Stop() => await factory.DisposeAsync();

    [Test]
    public async Task Plain_http_from_the_proxy_is_redirected_to_https()
    {
        var context = await SendAsync("/account/sign-in", Proxy, forwardedProto: "http");

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status308PermanentRedirect));
        Assert.That(context.Response.Headers.Location.ToString(), Does.StartWith("https://internships.district.example/account/sign-in"));
    }

    [Test]
    public async Task Https_through_the_trusted_proxy_is_served_with_hsts_and_secure_http_only_cookies()
    {
        var context = await SendAsync("/account/sign-in", Proxy, forwardedProto: "https");

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status200OK));
        Assert.That(context.Response.Headers.StrictTransportSecurity.ToString(), Does.StartWith("max-age=31536000"));
        var cookies = context.Response.Headers.SetCookie.Select(c => c!.ToLowerInvariant()).ToList();
        Assert.That(cookies, Is.Not.Empty, "the sign-in page sets its antiforgery cookie");
        Assert.That(cookies, Has.All.Contain("; secure").And.All.Contain("; httponly"));
    }

    [Test]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        var context = await SendAsync("/account/sign-in", Stranger, forwardedProto: "https", forwardedFor: "198.51.100.1");

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status308PermanentRedirect),
            "a stranger claiming https is still on plain http");
        Assert.That(context.Connection.RemoteIpAddress, Is.EqualTo(Stranger));

        var fromProxy = await SendAsync("/account/sign-in", Proxy, forwardedProto: "https", forwardedFor: "198.51.100.1");
        Assert.That(fromProxy.Connection.RemoteIpAddress, Is.EqualTo(IPAddress.Parse("198.51.100.1")),
            "the proxy's word is taken: rate limits and logs see the client");
    }

    [Test]
    public async Task Health_probes_reach_the_node_over_plain_http()
    {
        var context = await SendAsync("/health/live", Proxy, forwardedProto: null);

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status200OK));
    }

    [TestCase("/openapi/v1.json")]
    [TestCase("/api-docs")]
    public async Task Production_does_not_publish_the_api_description_unless_configured(string address)
    {
        var context = await SendAsync(address, Proxy, forwardedProto: "https");

        Assert.That(context.Response.StatusCode, Is.EqualTo(StatusCodes.Status404NotFound));

        await using var published = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Production", settings: new Dictionary<string, string?>
        {
            ["OpenBadges:PublicBaseUrl"] = "https://internships.district.example",
            ["Transport:RequireHttps"] = "false",
            ["Api:PublishDocument"] = "true",
        });
        var response = await published.CreateClient().GetAsync(address);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_trusted_proxy_that_is_not_an_address_stops_the_node_naming_the_setting()
    {
        await using var misconfigured = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Production", settings: new Dictionary<string, string?>
        {
            ["OpenBadges:PublicBaseUrl"] = "https://internships.district.example",
            ["Transport:TrustedProxies:0"] = "the-proxy",
        });

        // What the node checks before it starts (ValidateOnStart): the same failure stops a real start with this line.
        var failure = Assert.Throws<OptionsValidationException>(
            () => _ = misconfigured.Services.GetRequiredService<IOptions<TransportOptions>>().Value);
        Assert.That(failure!.Message, Does.Contain("Transport:TrustedProxies").And.Contain("the-proxy"));
    }

    private Task<HttpContext> SendAsync(string path, IPAddress from, string? forwardedProto, string? forwardedFor = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("internships.district.example");
            context.Request.Path = path;
            context.Connection.RemoteIpAddress = from;
            if (forwardedProto is not null)
            {
                context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            }
            context.Request.Headers["X-Forwarded-For"] = forwardedFor ?? "198.51.100.20";
        });
}
