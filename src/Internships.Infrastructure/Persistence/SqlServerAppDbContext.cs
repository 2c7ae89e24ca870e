namespace Internships.Infrastructure.Persistence;

/// <summary>The production provider. Owns the migrations in Migrations/SqlServer and the script in database/.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>An application lock owned by the transaction, named after the resource and the id.</summary>
    protected override Task LockAsync(string resource, int id, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync(
            $"EXEC sp_getapplock @Resource = {$"Internships.{resource}.{id}"}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1",
            cancellationToken);
}
