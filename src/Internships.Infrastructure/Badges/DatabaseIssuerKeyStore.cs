using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// The issuer's signing keys in the database (table IssuerKeys, docs/adr/0012), so every node signs with the same key
/// and publishes the same JWKS. Private halves are sealed with Data Protection, whose key ring is in the database too.
/// The newest key not retired signs; rotating adds a key and retires the others, which stay published so what they
/// signed still verifies. Each node keeps the keys in memory and reads them again after OpenBadges:KeyRefreshInterval, so a
/// rotation on one node reaches the others within that time. The first use creates a key when there is none (importing
/// the keys of OpenBadges:SigningKeysPath first, when that folder holds some from an earlier release). Key material is
/// never logged; only key ids are.
/// </summary>
public sealed class DatabaseIssuerKeyStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    IOptions<OpenBadgesOptions> options,
    IClock clock,
    ILogger<DatabaseIssuerKeyStore> logger) : IIssuerKeys
{
    public const string Purpose = "Internships.OpenBadges.IssuerKeys.v1";

    private readonly IDataProtector _protector = dataProtection.CreateProtector(Purpose);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile KeyRing? _ring;

    public IssuerSigningKey Current => Ring.Current;

    public IReadOnlyList<IssuerSigningKey> Keys => Ring.All;

    public JsonObject Jwks() => new() { ["keys"] = new JsonArray([.. Ring.All.Select(k => (JsonNode)k.PublicJwk())]) };

    public IssuerSigningKey Rotate() => Run(RotateAsync);

    /// <summary>Creates a new key, makes it current and retires the others (they stay published).</summary>
    public async Task<IssuerSigningKey> RotateAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.UtcNow;
            await db.IssuerKeys.Where(k => k.RetiredAt == null).ExecuteUpdateAsync(k => k.SetProperty(x => x.RetiredAt, now), cancellationToken);
            using var rsa = RSA.Create(options.Value.SigningKeySize);
            var stored = Seal(rsa, null);
            db.IssuerKeys.Add(stored);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Issuer signing key {KeyId} now signs; the earlier keys are retired and stay published", stored.KeyId);
            _ring = await ReadAsync(db, cancellationToken);
            return _ring.Current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stops <paramref name="keyId"/> signing; it stays in the JWKS so the credentials it signed still verify, unless
    /// <paramref name="unpublish"/>: then the key is deleted, and what it signed no longer verifies (a compromised key).
    /// Refused for the only key that signs: a node must always have one (rotate first).
    /// </summary>
    public async Task<KeyRetirement> RetireAsync(string keyId, bool unpublish, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var keys = await db.IssuerKeys.AsNoTracking().OrderByDescending(k => k.Id).Select(k => new { k.KeyId, k.RetiredAt }).ToListAsync(cancellationToken);
            var key = keys.FirstOrDefault(k => k.KeyId == keyId);
            if (key is null)
            {
                return KeyRetirement.NoSuchKey;
            }

            // The key that signs as ReadAsync chooses it: the newest not retired, or the newest of all when every key is.
            var signing = keys.FirstOrDefault(k => k.RetiredAt == null) ?? keys[0];
            if (key == signing && !keys.Any(k => k != key && k.RetiredAt == null))
            {
                return KeyRetirement.OnlySigningKey;
            }

            var now = clock.UtcNow;
            var target = db.IssuerKeys.Where(k => k.KeyId == keyId);
            if (unpublish)
            {
                await target.ExecuteDeleteAsync(cancellationToken);
                logger.LogInformation("Issuer signing key {KeyId} is deleted: it no longer signs and is no longer published", keyId);
            }
            else
            {
                await target.ExecuteUpdateAsync(k => k.SetProperty(x => x.RetiredAt, x => x.RetiredAt ?? now), cancellationToken);
                logger.LogInformation("Issuer signing key {KeyId} is retired: it no longer signs and stays published", keyId);
            }

            _ring = await ReadAsync(db, cancellationToken);
            return unpublish ? KeyRetirement.Unpublished : KeyRetirement.Retired;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every key, as stored (for listing them: ids and dates, nothing secret).</summary>
    public async Task<IReadOnlyList<StoredIssuerKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.IssuerKeys.AsNoTracking().OrderByDescending(k => k.Id)
            .Select(k => new StoredIssuerKey { Id = k.Id, KeyId = k.KeyId, CreatedAt = k.CreatedAt, RetiredAt = k.RetiredAt })
            .ToListAsync(cancellationToken);
    }

    private KeyRing Ring =>
        _ring is { } ring && clock.UtcNow - ring.ReadAt < options.Value.KeyRefreshInterval ? ring : Run(LoadAsync);

    // The Open Badges documents are built synchronously; the keys are read at most every KeyRefreshInterval, off the caller's context.
    private static T Run<T>(Func<CancellationToken, Task<T>> work) => Task.Run(() => work(CancellationToken.None)).GetAwaiter().GetResult();

    public async Task EnsureOneExistsAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.IssuerKeys.AnyAsync(cancellationToken))
            {
                await CreateFirstKeysAsync(db, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<KeyRing> LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_ring is { } fresh && clock.UtcNow - fresh.ReadAt < options.Value.KeyRefreshInterval)
            {
                return fresh;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.IssuerKeys.AnyAsync(cancellationToken))
            {
                await CreateFirstKeysAsync(db, cancellationToken);
            }

            _ring = await ReadAsync(db, cancellationToken);
            return _ring;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The keys of an earlier release's folder, when it has some (the newest signs), or else a new key. Nodes starting
    /// together may each add one: the newest not retired signs, and the others are simply published.
    /// </summary>
    private async Task CreateFirstKeysAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var folder = options.Value.SigningKeysPath;
        if (Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.pem").Any())
        {
            var imported = new IssuerKeyStore(folder, options.Value.SigningKeySize, logger).Keys;
            // Oldest first, so the folder's current key gets the highest id and signs.
            foreach (var key in imported.Reverse())
            {
                db.IssuerKeys.Add(Seal(((RsaSecurityKey)key.SigningCredentials.Key).Rsa, key == imported[0] ? null : now));
            }

            logger.LogInformation("Imported {Count} issuer signing key(s) from {Directory} into the database", imported.Count, folder);
        }
        else
        {
            using var rsa = RSA.Create(options.Value.SigningKeySize);
            var stored = Seal(rsa, null);
            db.IssuerKeys.Add(stored);
            logger.LogInformation("Created issuer signing key {KeyId} in the database", stored.KeyId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private StoredIssuerKey Seal(RSA rsa, DateTime? retiredAt) => new()
    {
        KeyId = new IssuerSigningKey(rsa).KeyId,
        PublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem(),
        ProtectedPrivateKey = _protector.Protect(rsa.ExportPkcs8PrivateKeyPem()),
        CreatedAt = clock.UtcNow,
        RetiredAt = retiredAt,
    };

    private async Task<KeyRing> ReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.IssuerKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(cancellationToken);
        var signing = stored.FirstOrDefault(k => k.RetiredAt == null) ?? stored[0];
        var current = OpenPrivate(signing);
        var published = stored.Where(k => k != signing).Select(OpenPublic);
        return new KeyRing(current, [current, .. published], clock.UtcNow);
    }

    private IssuerSigningKey OpenPrivate(StoredIssuerKey stored)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(_protector.Unprotect(stored.ProtectedPrivateKey));
        }
        catch (CryptographicException e)
        {
            rsa.Dispose();
            throw new InvalidOperationException(
                $"Issuer signing key {stored.KeyId} cannot be opened: this node does not share the Data Protection key ring it was sealed with.", e);
        }

        return new IssuerSigningKey(rsa);
    }

    private static IssuerSigningKey OpenPublic(StoredIssuerKey stored)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(stored.PublicKeyPem);
        return new IssuerSigningKey(rsa);
    }

    private sealed record KeyRing(IssuerSigningKey Current, IReadOnlyList<IssuerSigningKey> All, DateTime ReadAt);
}

/// <summary>What <see cref="DatabaseIssuerKeyStore.RetireAsync"/> did.</summary>
public enum KeyRetirement
{
    Retired,
    Unpublished,
    NoSuchKey,
    OnlySigningKey,
}
