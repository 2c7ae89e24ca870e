using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// The script a DBA applies to PostgreSQL is exactly what the migrations generate today. (The PostgreSQL run of these
/// tests also applies it to a real server: Internships.IntegrationTests.PostgreSql, Database/PostgreSqlScriptApplyTests.)
/// </summary>
public sealed class PostgreSqlScriptTests
{
    public static string ScriptPath => Path.Combine(RepositoryRoot.Path, "database", "internships.postgresql.sql");

    [Test]
    public void Script_in_database_folder_matches_the_migrations()
    {
        using var context = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        var generated = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.That(SqlServerScriptTests.Normalise(File.ReadAllText(ScriptPath)), Is.EqualTo(SqlServerScriptTests.Normalise(generated)),
            "database/internships.postgresql.sql is stale: run database/generate-postgresql-script.sh");
    }
}
