using System.Globalization;
using Internships.Infrastructure.Badges;

namespace Internships.Web.Infrastructure;

/// <summary>
/// <c>dotnet Internships.Web.dll issuer-keys list|rotate|retire &lt;keyId&gt; [--unpublish]</c>: the issuer's signing keys,
/// from the command line of any node (same settings as the node, so the same database). Rotating makes a new key sign
/// and retires the others; retiring stops one key signing. Retired keys stay in the JWKS so the credentials they signed
/// still verify; <c>--unpublish</c> deletes the key instead (for a compromised key: what it signed stops verifying). The
/// only key that signs is never retired. Other nodes pick the change up within OpenBadges:KeyRefreshInterval. Prints key
/// ids and dates only, never key material.
/// </summary>
internal static class IssuerKeysCommand
{
    public const string Name = "issuer-keys";

    private const string Unpublish = "--unpublish";

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
            case "retire" when args.Length > 2 && args.Skip(3).All(a => a == Unpublish):
                var failed = await RetireAsync(keys, args[2], args.Contains(Unpublish), output);
                if (failed != 0)
                {
                    return failed;
                }

                break;
            default:
                await output.WriteLineAsync($"usage: {Name} list | {Name} rotate | {Name} retire <keyId> [{Unpublish}]");
                return 2;
        }

        await WriteListAsync(keys, output);
        return 0;
    }

    /// <summary>0 when the key is retired (or deleted); 1, with the reason, when it is not.</summary>
    private static async Task<int> RetireAsync(IIssuerKeys keys, string keyId, bool unpublish, TextWriter output)
    {
        if (keys is not DatabaseIssuerKeyStore database)
        {
            await output.WriteLineAsync("Keys are retired in the database key store only (OpenBadges:SigningKeyStore=Database).");
            return 1;
        }

        _ = keys.Current; // creates the first key when there is none
        var message = await database.RetireAsync(keyId, unpublish, CancellationToken.None) switch
        {
            KeyRetirement.Retired => $"{keyId} is retired: it no longer signs and stays published, so what it signed still verifies.",
            KeyRetirement.Unpublished => $"{keyId} is deleted: it no longer signs or verifies anything.",
            KeyRetirement.NoSuchKey => $"Refusing to retire {keyId}: there is no such key (see {Name} list).",
            _ => $"Refusing to retire {keyId}: it is the only key that signs. Run {Name} rotate first, then retire it.",
        };
        await output.WriteLineAsync(message);
        return message.StartsWith("Refusing", StringComparison.Ordinal) ? 1 : 0;
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
