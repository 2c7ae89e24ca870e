using System.ComponentModel.DataAnnotations;
using System.Net;
using Internships.Infrastructure;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Settings section <c>Transport</c>: how the node is reached. In Production the product is served over HTTPS only
/// (usually by a TLS-terminating proxy in front of the nodes).
/// </summary>
public sealed class TransportOptions : IValidatableObject
{
    public const string Section = "Transport";

    /// <summary>
    /// HTTPS only: plain-HTTP requests are redirected (health checks excepted: probes talk to the node directly), HSTS
    /// is sent, every cookie is <c>Secure</c>. Unset: on in Production, off elsewhere.
    /// </summary>
    public bool? RequireHttps { get; set; }

    /// <summary>How long a browser remembers to use HTTPS only.</summary>
    [Range(1, 730)]
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>The public HTTPS port plain-HTTP requests are redirected to.</summary>
    [Range(1, 65535)]
    public int HttpsPort { get; set; } = 443;

    /// <summary>
    /// The proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed: addresses ("10.0.0.5") or networks
    /// ("172.28.0.0/24"). Loopback is always trusted; a request from anywhere else keeps its own address and scheme.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    public bool HttpsRequired(IHostEnvironment environment) => RequireHttps ?? environment.IsProduction();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in TrustedProxies.Where(e => Parse(e) is null))
        {
            yield return new ValidationResult(
                $"Transport:TrustedProxies holds \"{entry}\", which is neither an IP address nor a network such as 172.28.0.0/24.",
                [nameof(TrustedProxies)]);
        }
    }

    internal static System.Net.IPNetwork? Parse(string entry) =>
        System.Net.IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
        : null;
}

/// <summary>HTTPS redirection, HSTS, forwarded headers from trusted proxies only, and cookies that never travel in clear.</summary>
public static class TransportSecurity
{
    private static readonly PathString Health = "/health";

    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<TransportOptions>(builder.Configuration, TransportOptions.Section);
        var transport = builder.Configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
        var httpsOnly = transport.HttpsRequired(builder.Environment);

        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback only; add the configured proxies, never "any sender".
            foreach (var network in transport.TrustedProxies.Select(TransportOptions.Parse).OfType<System.Net.IPNetwork>())
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(transport.HstsMaxAgeDays);
            o.IncludeSubDomains = false;
        });
        builder.Services.AddHttpsRedirection(o =>
        {
            o.HttpsPort = transport.HttpsPort;
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            // Whatever sets a cookie (sign-in, antiforgery, single sign-on, a preference), scripts cannot read it and,
            // when the product is HTTPS only, it is never sent over plain HTTP.
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.Secure = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's real address and scheme.</summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        var transport = app.Services.GetRequiredService<IOptions<TransportOptions>>().Value;
        if (transport.HttpsRequired(app.Environment))
        {
            app.UseHsts();
            app.UseWhen(context => !context.Request.Path.StartsWithSegments(Health), branch => branch.UseHttpsRedirection());
        }
        app.UseCookiePolicy();
        return app;
    }
}
