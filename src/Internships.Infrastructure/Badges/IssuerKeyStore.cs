using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// The issuer's signing keys kept in one folder (OpenBadges:SigningKeyStore Folder; a single node's choice: several nodes
/// share <see cref="DatabaseIssuerKeyStore"/>), as PKCS#8 PEM files: "{kid}.pem" per key (owner-only permissions)
/// and a "current" file naming the key that signs. Retired keys stay in the folder so the JWKS keeps their public
/// halves and credentials they signed still verify. Keys are read once and kept in memory; the first use creates a
/// key when the folder has none. Key material is never logged; only key ids are.
/// </summary>
public sealed class IssuerKeyStore : IIssuerKeys
{
    private const string KeyFileExtension = ".pem";
    private const string CurrentFileName = "current";
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly int _keySize;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private KeyRing? _ring;

    public IssuerKeyStore(IOptions<OpenBadgesOptions> options, ILogger<IssuerKeyStore> logger)
        : this(options.Value.SigningKeysPath, options.Value.SigningKeySize, logger)
    {
    }

    public IssuerKeyStore(string directory, int keySize = 3072, ILogger? logger = null)
    {
        if (keySize < 2048)
        {
            throw new ArgumentOutOfRangeException(nameof(keySize), keySize, "RS256 keys must have at least 2048 bits.");
        }

        Directory = Path.GetFullPath(directory);
        _keySize = keySize;
        _logger = logger ?? NullLogger.Instance;
    }

    public string Directory { get; }

    /// <summary>The key that signs new credentials.</summary>
    public IssuerSigningKey Current => Ring.Current;

    /// <summary>Every key whose public half is published: the current one first, then the retired ones, newest first.</summary>
    public IReadOnlyList<IssuerSigningKey> Keys => Ring.All;

    /// <summary>The public keys as a JSON Web Key Set.</summary>
    public JsonObject Jwks() => new() { ["keys"] = new JsonArray([.. Ring.All.Select(k => (JsonNode)k.PublicJwk())]) };

    /// <summary>Creates a new key and makes it current; the previous keys stay published for what they signed.</summary>
    public Task EnsureOneExistsAsync(CancellationToken cancellationToken)
    {
        _ = Current;
        return Task.CompletedTask;
    }

    public IssuerSigningKey Rotate()
    {
        _ = Ring; // loads (or creates) the existing keys first, outside the lock it takes itself
        lock (_gate)
        {
            var previous = _ring!;
            var key = CreateKey();
            WriteCurrentPointer(key.KeyId, replace: true);
            _ring = new KeyRing(key, [key, .. previous.All]);
            _logger.LogInformation("Issuer signing key {KeyId} now signs; {Retired} retired key(s) stay published", key.KeyId,
                previous.All.Count);
            return key;
        }
    }

    private KeyRing Ring => Volatile.Read(ref _ring) ?? Load();

    private KeyRing Load()
    {
        lock (_gate)
        {
            if (_ring is { } loaded)
            {
                return loaded;
            }

            EnsureDirectory();
            if (!KeyFiles().Any())
            {
                var key = CreateKey();
                // Another process starting on the same folder may have written its pointer first; its choice stands
                // and this key simply joins the retired ones.
                WriteCurrentPointer(key.KeyId, replace: false);
                _logger.LogInformation("Created issuer signing key {KeyId} in {Directory}", key.KeyId, Directory);
            }

            var ring = ReadRing();
            Volatile.Write(ref _ring, ring);
            return ring;
        }
    }

    private KeyRing ReadRing()
    {
        var keys = KeyFiles()
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .Select(ReadKey)
            .DistinctBy(k => k.KeyId)
            .ToList();
        var pointer = Path.Combine(Directory, CurrentFileName);
        var currentId = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        var current = keys.FirstOrDefault(k => k.KeyId == currentId);
        if (current is null)
        {
            current = keys[0];
            _logger.LogWarning("No valid '{Pointer}' file in {Directory}; the newest key {KeyId} signs", CurrentFileName, Directory,
                current.KeyId);
            WriteCurrentPointer(current.KeyId, replace: true);
        }

        return new KeyRing(current, [current, .. keys.Where(k => k != current)]);
    }

    private IEnumerable<string> KeyFiles() =>
        System.IO.Directory.EnumerateFiles(Directory).Where(f => Path.GetExtension(f) == KeyFileExtension);

    private IssuerSigningKey ReadKey(string file)
    {
        WarnIfOthersCanRead(file);
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(file));
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            // The message names the file only: its content is a secret.
            throw new InvalidOperationException($"'{Path.GetFileName(file)}' in {Directory} is not a PEM RSA private key.", e);
        }

        if (rsa.KeySize < 2048)
        {
            throw new InvalidOperationException($"'{Path.GetFileName(file)}' in {Directory} is shorter than 2048 bits.");
        }

        return new IssuerSigningKey(rsa);
    }

    private IssuerSigningKey CreateKey()
    {
        var rsa = RSA.Create(_keySize);
        var key = new IssuerSigningKey(rsa);
        var path = Path.Combine(Directory, key.KeyId + KeyFileExtension);
        var temporary = Path.Combine(Directory, $"{key.KeyId}.{Guid.NewGuid():N}.tmp");
        // Written under a temporary name, then renamed: a reader never sees half a key.
        WriteOwnerOnly(temporary, rsa.ExportPkcs8PrivateKeyPem());
        File.Move(temporary, path);
        return key;
    }

    private void WriteCurrentPointer(string keyId, bool replace)
    {
        var temporary = Path.Combine(Directory, $"{CurrentFileName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, keyId + "\n");
        try
        {
            File.Move(temporary, Path.Combine(Directory, CurrentFileName), overwrite: replace);
        }
        catch (IOException) when (!replace)
        {
            File.Delete(temporary);
        }
    }

    private static void WriteOwnerOnly(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600 from the first byte, rather than tightened after it was written.
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }
    }

    private void EnsureDirectory()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
            return;
        }

        // Only the keys' own folder is owner-only: its parent (e.g. data/, beside the database) keeps the usual mode.
        if (Path.GetDirectoryName(Directory) is { } parent)
        {
            System.IO.Directory.CreateDirectory(parent);
        }

        System.IO.Directory.CreateDirectory(Directory, OwnerOnlyFolder);
    }

    private void WarnIfOthersCanRead(string file)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & ~(OwnerOnlyFile | UnixFileMode.UserExecute)) != 0)
        {
            _logger.LogWarning("Signing key file {File} can be read by other users; it should be 0600", Path.GetFileName(file));
        }
    }

    private sealed record KeyRing(IssuerSigningKey Current, IReadOnlyList<IssuerSigningKey> All);
}
