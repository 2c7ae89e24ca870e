using Internships.Infrastructure.Persistence;
using Internships.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Badges;

public static class OpenBadgesRegistration
{
    /// <summary>
    /// Registers <see cref="IOpenBadges"/> (and the <see cref="IIssuerKeys"/> behind it, for key rotation: the database's,
    /// or with OpenBadges:SigningKeyStore Folder a folder's) as singletons. Needs <see cref="IClock"/>, which AddInfrastructure registers. Keys are read or created on first
    /// use, not at start-up.
    /// </summary>
    public static IServiceCollection AddOpenBadges(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<OpenBadgesOptions>()
            .Bind(configuration.GetSection(OpenBadgesOptions.Section))
            .PostConfigure<IOptions<DistrictOptions>>((options, district) => Complete(options, district.Value, environment.ContentRootPath))
            .Validate(o => IsHttpOrigin(o.PublicBaseUrl),
                "OpenBadges:PublicBaseUrl must be an absolute http(s) URL without query or fragment, such as https://internships.district.example.")
            .Validate(o => o.SigningKeySize >= 2048, "OpenBadges:SigningKeySize must be at least 2048.")
            .Validate(o => !environment.IsProduction() || IsPublicHttpsOrigin(o.PublicBaseUrl),
                "OpenBadges:PublicBaseUrl must be set, in Production, to the public https address verifiers reach (not http, not localhost).")
            .ValidateOnStart();

        if (configuration.GetSection(OpenBadgesOptions.Section).Get<OpenBadgesOptions>()?.SigningKeyStore == SigningKeyStore.Folder)
        {
            services.AddSingleton(sp =>
            {
                var options = sp.GetRequiredService<IOptions<OpenBadgesOptions>>().Value;
                return new IssuerKeyStore(options.SigningKeysPath, options.SigningKeySize, sp.GetRequiredService<ILogger<IssuerKeyStore>>());
            });
            services.AddSingleton<IIssuerKeys>(sp => sp.GetRequiredService<IssuerKeyStore>());
        }
        else
        {
            services.AddSingleton<DatabaseIssuerKeyStore>();
            services.AddSingleton<IIssuerKeys>(sp => sp.GetRequiredService<DatabaseIssuerKeyStore>());
        }

        services.AddSingleton<IDatabaseStartupStep, IssuerKeyStartupStep>();
        services.AddSingleton<BadgeImageRenderer>();
        services.AddSingleton<IOpenBadges, OpenBadgesService>();
        services.AddSingleton<IPublicAwardCache, PublicAwardCache>();
        return services;
    }

    /// <summary>Fills the defaults that depend on other settings and anchors a relative key folder at the content root.</summary>
    internal static void Complete(OpenBadgesOptions options, DistrictOptions district, string contentRoot)
    {
        // A setting present but empty (null from JSON) is as missing as an absent one, and refused by the validation.
        options.PublicBaseUrl = (options.PublicBaseUrl ?? "").Trim().TrimEnd('/');
        if (string.IsNullOrWhiteSpace(options.IssuerName))
        {
            options.IssuerName = district.Name;
        }

        if (string.IsNullOrWhiteSpace(options.IssuerWebsite))
        {
            options.IssuerWebsite = options.PublicBaseUrl;
        }

        if (!Path.IsPathRooted(options.SigningKeysPath))
        {
            options.SigningKeysPath = Path.Combine(contentRoot, options.SigningKeysPath);
        }
    }

    /// <summary>Every badge's id is built on it: in Production it must be reachable by anyone, over TLS.</summary>
    private static bool IsPublicHttpsOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !uri.IsLoopback
        && !uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        && !uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);

    private static bool IsHttpOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
