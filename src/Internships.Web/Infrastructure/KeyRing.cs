using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Internships.Infrastructure;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>Settings of the Data Protection key ring (section "DataProtection").</summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>A folder for the keys (one node); unset, they are in the database, shared by every node.</summary>
    public string? KeysPath { get; set; }

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest; unset, they are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}

/// <summary>
/// The Data Protection key ring that seals bearer tokens, cookies and the issuer's private keys: in the database, so
/// every node opens what another sealed, or in DataProtection:KeysPath (docs/adr/0012). With DataProtection:CertificatePath
/// each key's XML is encrypted with that certificate before it is stored (an &lt;encryptedSecret&gt;, no plain
/// &lt;masterKey&gt;), so a copy of the database alone opens nothing; every node needs the same certificate.
/// </summary>
internal static partial class KeyRing
{
    public static IServiceCollection AddKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        var ring = services.AddDataProtection().SetApplicationName("Internships");
        if (options.KeysPath is { Length: > 0 } keysPath)
        {
            ring.PersistKeysToFileSystem(new DirectoryInfo(keysPath));
        }
        else
        {
            ring.PersistKeysToDbContext<AppDbContext>();
        }

        var settings = services.AddValidatedOptions<KeyRingOptions>(configuration, KeyRingOptions.Section);
        if (options.CertificatePath is not { Length: > 0 } path)
        {
            services.AddHostedService<UnencryptedKeysNotice>();
            return services;
        }

        // A certificate that cannot be used stops the node with one line (StartupSettings), not a stack trace.
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
            if (!certificate.HasPrivateKey)
            {
                settings.Validate(_ => false, "DataProtection:CertificatePath names a certificate without its private key.");
                return services;
            }

            // Encrypts each new key with the certificate, and opens the stored ones with it (no certificate store needed).
            ring.ProtectKeysWithCertificate(certificate);
            ring.UnprotectKeysWithAnyCertificate(certificate);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            settings.Validate(_ => false, $"DataProtection:CertificatePath cannot be loaded ({e.GetType().Name}: {e.Message}).");
        }

        return services;
    }

    /// <summary>One line as a Production node starts without a certificate: the key ring is stored unencrypted.</summary>
    private sealed partial class UnencryptedKeysNotice(IHostEnvironment environment, ILogger<UnencryptedKeysNotice> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (environment.IsProduction())
            {
                LogUnencrypted();
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning,
            Message = "Data Protection keys are not encrypted at rest: set DataProtection:CertificatePath to protect them with a certificate")]
        private partial void LogUnencrypted();
    }
}
