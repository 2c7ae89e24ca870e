using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Internships.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.IntegrationTests.Platform;

/// <summary>
/// DataProtection:CertificatePath (docs/adr/0012): the key ring in the database is encrypted with the certificate, so the
/// database alone opens nothing; a node with the certificate opens what another sealed.
/// </summary>
[NonParallelizable]
public sealed class KeyRingAtRestTests
{
    private const string Payload = "a refresh token's worth of secret";
    private string _folder = null!;
    private string _databasePath = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "internships-tests", "key-ring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _databasePath = Path.Combine(_folder, "key-ring.db");
    }

    [TearDown]
    public async Task DeleteFolderAsync()
    {
        await TestDatabase.DeleteAsync(_databasePath);
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_a_node_with_it_opens_what_another_sealed()
    {
        var certificate = Path.Combine(_folder, "key-ring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Internships key ring (tests)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var selfSigned = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, selfSigned.Export(X509ContentType.Pfx, "pfx-password"));
        }

        var withCertificate = Settings(certificate);
        string sealedPayload;
        List<string> stored;
        await using (var first = new InternshipsApiFactory(_databasePath, settings: withCertificate))
        {
            sealedPayload = Protector(first).Protect(Payload);
            var admin = await ApiClient.SignInAsync(first, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
            Assert.That((await admin.GetAsync("/api/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "its own token opens");
            stored = await first.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        }

        Assert.That(stored, Is.Not.Empty, "the keys are in the database");
        Assert.That(stored, Has.All.Contain("<encryptedSecret").And.All.Not.Contain("<masterKey"), stored[0]);

        // Another node (a new process: nothing in memory) with the same certificate reads the keys from the database.
        await using (var second = new InternshipsApiFactory(_databasePath, settings: withCertificate))
        {
            Assert.That(Protector(second).Unprotect(sealedPayload), Is.EqualTo(Payload));
        }

        // Without the certificate the stored keys cannot be opened: what they sealed stays sealed.
        await using var without = new InternshipsApiFactory(_databasePath, settings: Settings(null));
        Assert.That(() => Protector(without).Unprotect(sealedPayload), Throws.InstanceOf<CryptographicException>());
    }

    private static Dictionary<string, string?> Settings(string? certificate) => new()
    {
        // Not the tests' folder of keys: the database, as production keeps them.
        ["DataProtection:KeysPath"] = "",
        ["DataProtection:CertificatePath"] = certificate ?? "",
        ["DataProtection:CertificatePassword"] = certificate is null ? "" : "pfx-password",
    };

    private static IDataProtector Protector(InternshipsApiFactory host) =>
        host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Internships.Tests.KeyRingAtRest");
}
