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
    /// Registers <see cref="IOpenBadges"/> (and the <see cref="IssuerKeyStore"/> behind it, for key rotation) as
    /// singletons. Needs <see cref="IClock"/>, which AddInfrastructure registers. Keys are read or created on first
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
            .ValidateOnStart();

        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<OpenBadgesOptions>>().Value;
            return new IssuerKeyStore(options.SigningKeysPath, options.SigningKeySize, sp.GetRequiredService<ILogger<IssuerKeyStore>>());
        });
        services.AddSingleton<BadgeImageRenderer>();
        services.AddSingleton<IOpenBadges, OpenBadgesService>();
        return services;
    }

    /// <summary>Fills the defaults that depend on other settings and anchors a relative key folder at the content root.</summary>
    internal static void Complete(OpenBadgesOptions options, DistrictOptions district, string contentRoot)
    {
        options.PublicBaseUrl = options.PublicBaseUrl.Trim().TrimEnd('/');
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

    private static bool IsHttpOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
