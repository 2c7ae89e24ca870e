using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Query.Expressions.Internal;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// The production provider the product is tested on. Owns the migrations in Migrations/PostgreSql and the script in
/// database/. Timestamps are <c>timestamp with time zone</c> (the model stores UTC, which Npgsql insists on), decimals
/// <c>numeric(p,s)</c>, keys identity columns, and text searches ILIKE.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// A transaction-level advisory lock, keyed by the resource's name (hashed to 32 bits, the same on every node) and the id.
    /// </summary>
    protected override Task LockAsync(string resource, int id, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ResourceKey(resource)}, {id})", cancellationToken);

    /// <summary>FNV-1a of the name: stable across processes and releases, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static int ResourceKey(string resource)
    {
        var hash = 2166136261;
        foreach (var c in resource)
        {
            hash = (hash ^ c) * 16777619;
        }

        return unchecked((int)hash);
    }

    /// <summary>PostgreSQL's LIKE heeds case; ILIKE is its case-insensitive form.</summary>
#pragma warning disable EF1001 // The ILIKE expression lives in the provider's "Internal" namespace: the only way to build one.
    protected override Func<IReadOnlyList<SqlExpression>, SqlExpression> CaseInsensitiveLike { get; } =
        static arguments => new PgILikeExpression(arguments[0], arguments[1], EscapeCharacter(arguments[1]), BoolTypeMapping.Default);
#pragma warning restore EF1001
}
