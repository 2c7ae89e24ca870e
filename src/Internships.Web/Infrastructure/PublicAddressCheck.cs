using Internships.Infrastructure.Badges;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>
/// In Development, says once at start when the issuer's public address (OpenBadges:PublicBaseUrl) is not where the host
/// listens: badge images and document links on the pages would otherwise point at nothing, silently.
/// </summary>
public static partial class PublicAddressCheck
{
    public static void WarnWhenPublicAddressIsElsewhere(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var publicBaseUrl = app.Services.GetRequiredService<IOptions<OpenBadgesOptions>>().Value.PublicBaseUrl;
            if (Mismatch(publicBaseUrl, listening) is { } message)
            {
                LogMismatch(app.Logger, message);
            }
        });
    }

    /// <summary>The warning, or null when one of the addresses the host listens on is the public one (loopback names alike).</summary>
    public static string? Mismatch(string publicBaseUrl, IEnumerable<string> listening)
    {
        var addresses = listening.ToList();
        if (addresses.Count == 0 || !Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var published))
        {
            return null;
        }

        var matches = addresses.Select(a => Uri.TryCreate(a.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Any(uri => uri.Scheme == published.Scheme && uri.Port == published.Port && SameHost(uri, published));
        return matches
            ? null
            : $"OpenBadges:PublicBaseUrl is {publicBaseUrl}, but this host listens on {string.Join(", ", addresses)}: badge images and "
              + $"Open Badges links on the pages will not load. Set OpenBadges__PublicBaseUrl to the address you open in the browser.";
    }

    private static bool SameHost(Uri listening, Uri published) =>
        string.Equals(listening.Host, published.Host, StringComparison.OrdinalIgnoreCase)
        || (IsLoopback(listening) && IsLoopback(published));

    private static bool IsLoopback(Uri uri) => uri.IsLoopback || uri.Host is "0.0.0.0" or "[::]";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogMismatch(ILogger logger, string message);
}
