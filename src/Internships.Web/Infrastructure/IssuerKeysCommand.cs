using System.Globalization;
using Internships.Infrastructure.Badges;

namespace Internships.Web.Infrastructure;

/// <summary>
/// <c>dotnet Internships.Web.dll issuer-keys list|rotate</c>: the issuer's signing keys, from the command line of any
/// node (same settings as the node, so the same database). Rotating makes a new key sign and retires the others; the
/// retired keys stay in the JWKS so the credentials they signed still verify. Other nodes pick the new key up within
/// OpenBadges:KeyRefreshInterval. Prints key ids and dates only, never key material.
/// </summary>
internal static class IssuerKeysCommand
{
    public const string Name = "issuer-keys";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var keys = services.GetRequiredService<IIssuerKeys>();
        switch (args.Length > 1 ? args[1] : null)
        {
            case "list":
                break;
            case "rotate":
                var key = keys is DatabaseIssuerKeyStore database
                    ? await database.RotateAsync(CancellationToken.None)
                    : keys.Rotate();
                await output.WriteLineAsync($"{key.KeyId} now signs; the earlier keys are retired and stay published.");
                break;
            default:
                await output.WriteLineAsync($"usage: {Name} list | {Name} rotate");
                return 2;
        }

        await WriteListAsync(keys, output);
        return 0;
    }

    private static async Task WriteListAsync(IIssuerKeys keys, TextWriter output)
    {
        if (keys is DatabaseIssuerKeyStore database)
        {
            _ = keys.Current; // creates the first key when there is none
            foreach (var stored in await database.ListAsync(CancellationToken.None))
            {
                var state = stored.RetiredAt is { } retired
                    ? "retired " + retired.ToString("u", CultureInfo.InvariantCulture)
                    : "signs";
                await output.WriteLineAsync($"{stored.KeyId}  created {stored.CreatedAt.ToString("u", CultureInfo.InvariantCulture)}  {state}");
            }

            return;
        }

        foreach (var key in keys.Keys)
        {
            await output.WriteLineAsync($"{key.KeyId}  {(key == keys.Current ? "signs" : "retired")}");
        }
    }
}
