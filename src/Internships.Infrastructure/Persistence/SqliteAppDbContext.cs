namespace Internships.Infrastructure.Persistence;

/// <summary>The embedded default. Owns the migrations in Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no decimal type and cannot order or compare decimals stored as text; wages and hours
        // (two decimal places, validated) are exact enough as REAL and then sort and filter in SQL.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}
