using System.Security.Cryptography;
using Internships.Infrastructure.Badges;
using Microsoft.IdentityModel.Tokens;
using Shouldly;

namespace Internships.UnitTests.Badges;

public sealed class IssuerKeyStoreTests
{
    private string _folder = null!;

    [SetUp]
    public void NewFolder() => _folder = Path.Combine(Path.GetTempPath(), "ob-keystore-" + Guid.NewGuid().ToString("N"), "keys");

    [TearDown]
    public void RemoveFolder()
    {
        var parent = Path.GetDirectoryName(_folder)!;
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Test]
    public void First_use_creates_one_owner_only_key_and_nothing_before()
    {
        var store = new IssuerKeyStore(_folder, keySize: 2048);
        Directory.Exists(_folder).ShouldBeFalse();

        var kid = store.Current.KeyId;

        var keyFile = Directory.GetFiles(_folder, "*.pem").ShouldHaveSingleItem();
        Path.GetFileName(keyFile).ShouldBe($"{kid}.pem");
        File.ReadAllText(Path.Combine(_folder, "current")).Trim().ShouldBe(kid);
        File.ReadAllText(keyFile).ShouldStartWith("-----BEGIN PRIVATE KEY-----");
        store.Current.KeySize.ShouldBe(2048);
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(_folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Test]
    public void A_second_store_on_the_same_folder_loads_the_same_keys()
    {
        var first = new IssuerKeyStore(_folder, keySize: 2048);
        var created = first.Current.KeyId;
        first.Rotate();

        var second = new IssuerKeyStore(_folder, keySize: 2048);

        second.Current.KeyId.ShouldBe(first.Current.KeyId);
        second.Keys.Select(k => k.KeyId).ShouldBe(first.Keys.Select(k => k.KeyId));
        second.Keys.Select(k => k.KeyId).ShouldContain(created);
        Directory.GetFiles(_folder, "*.pem").Length.ShouldBe(2);
    }

    [Test]
    public void Rotation_makes_a_new_current_key_and_keeps_the_old_one_published()
    {
        var store = new IssuerKeyStore(_folder, keySize: 2048);
        var old = store.Current.KeyId;

        var rotated = store.Rotate();

        store.Current.ShouldBeSameAs(rotated);
        var published = store.Jwks()["keys"]!.AsArray().Select(k => BadgeKit.Text(k!["kid"])).ToList();
        published.ShouldBe([rotated.KeyId, old]);
    }

    [Test]
    public void Jwks_has_only_the_public_members()
    {
        var store = new IssuerKeyStore(_folder, keySize: 2048);
        store.Rotate();

        var jwks = store.Jwks();
        TestContext.Out.WriteLine(jwks.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        foreach (var key in jwks["keys"]!.AsArray().Select(k => k!.AsObject()))
        {
            key.Select(p => p.Key).Order().ShouldBe(["alg", "e", "kid", "kty", "n", "use"]);
            BadgeKit.Text(key["kty"]).ShouldBe("RSA");
            BadgeKit.Text(key["use"]).ShouldBe("sig");
            BadgeKit.Text(key["alg"]).ShouldBe("RS256");
        }

        // Nor anything of the private key files, in any encoding they could leak in.
        var text = jwks.ToJsonString();
        foreach (var file in Directory.GetFiles(_folder, "*.pem"))
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(File.ReadAllText(file));
            var privateParts = rsa.ExportParameters(includePrivateParameters: true);
            text.ShouldNotContain(Base64UrlEncoder.Encode(privateParts.D!));
            text.ShouldNotContain(Base64UrlEncoder.Encode(privateParts.P!));
            text.ShouldNotContain(Convert.ToBase64String(privateParts.D!)[..40]);
        }
    }

    [Test]
    public void Kid_is_the_rfc_7638_thumbprint_as_another_library_computes_it()
    {
        var store = new IssuerKeyStore(_folder, keySize: 2048);

        var jwk = new JsonWebKey(store.Jwks()["keys"]![0]!.ToJsonString());

        Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint()).ShouldBe(store.Current.KeyId);
    }

    [Test]
    public void Kid_matches_the_rfc_7638_example()
    {
        // RFC 7638 section 3.1: the example key's thumbprint.
        const string modulus =
            "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";

        IssuerSigningKey.Thumbprint("AQAB", modulus).ShouldBe("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    }

    [Test]
    public void Concurrent_first_uses_create_a_single_key()
    {
        var store = new IssuerKeyStore(_folder, keySize: 2048);

        var kids = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4).Select(_ => store.Current.KeyId).Distinct().ToList();

        kids.ShouldHaveSingleItem();
        Directory.GetFiles(_folder, "*.pem").ShouldHaveSingleItem();
    }

    [Test]
    public void A_missing_pointer_falls_back_to_the_newest_key()
    {
        var store = new IssuerKeyStore(_folder, keySize: 2048);
        var old = store.Current.KeyId;
        var newest = store.Rotate().KeyId;
        File.SetLastWriteTimeUtc(Path.Combine(_folder, $"{old}.pem"), DateTime.UtcNow.AddDays(-1));
        File.Delete(Path.Combine(_folder, "current"));

        var reloaded = new IssuerKeyStore(_folder, keySize: 2048);

        reloaded.Current.KeyId.ShouldBe(newest);
        File.ReadAllText(Path.Combine(_folder, "current")).Trim().ShouldBe(newest);
    }

    [Test]
    public void A_file_that_is_not_a_key_is_reported_by_name_without_its_content()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "broken.pem"), "secret-looking garbage");

        var error = Should.Throw<InvalidOperationException>(() => new IssuerKeyStore(_folder, keySize: 2048).Current);

        error.Message.ShouldContain("broken.pem");
        error.Message.ShouldNotContain("garbage");
    }

    [Test]
    public void Keys_shorter_than_2048_bits_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new IssuerKeyStore(_folder, keySize: 1024));
    }
}
