using System.Text.Json.Nodes;

namespace Internships.Infrastructure.Badges;

/// <summary>The issuer's signing keys, wherever they are kept (the database, shared by every node; or one folder).</summary>
public interface IIssuerKeys
{
    /// <summary>The key that signs new credentials.</summary>
    IssuerSigningKey Current { get; }

    /// <summary>Every key whose public half is published: the current one first, then the retired ones, newest first.</summary>
    IReadOnlyList<IssuerSigningKey> Keys { get; }

    /// <summary>The public keys as a JSON Web Key Set.</summary>
    JsonObject Jwks();

    /// <summary>
    /// Makes the first key when there is none, without opening any (a node that cannot open the keys still starts, and
    /// says so when it signs).
    /// </summary>
    Task EnsureOneExistsAsync(CancellationToken cancellationToken);

    /// <summary>Creates a new key and makes it current; the previous keys are retired and stay published for what they signed.</summary>
    IssuerSigningKey Rotate();
}
