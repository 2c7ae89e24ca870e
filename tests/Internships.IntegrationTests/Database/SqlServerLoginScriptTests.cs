using Internships.IntegrationTests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// deploy/sqlserver/login.sql, which the compose file's SQL Server profile runs with sqlcmd: with its sqlcmd variables
/// filled in, every batch is valid T-SQL to SQL Server's own parser (no server runs here), and the login gets rows, not
/// tables.
/// </summary>
public sealed class SqlServerLoginScriptTests
{
    [Test]
    public void The_login_script_parses_and_grants_rows_and_the_job_storage_schema_only()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy", "sqlserver", "login.sql"))
            .Replace("$(AppLogin)", "internships_app", StringComparison.Ordinal)
            .Replace("$(AppPassword)", "Secret!2345", StringComparison.Ordinal);
        var batches = script.Split("\nGO", StringSplitOptions.RemoveEmptyEntries).Where(b => b.Trim().Length > 0).ToList();

        Assert.That(batches, Has.Count.GreaterThanOrEqualTo(4));
        foreach (var batch in batches)
        {
            using var reader = new StringReader(batch);
            new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
            Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty, batch);
        }

        Assert.That(script, Does.Contain("ALTER ROLE db_datareader ADD MEMBER [internships_app]")
            .And.Contain("ALTER ROLE db_datawriter ADD MEMBER [internships_app]")
            .And.Contain("CREATE SCHEMA [HangFire] AUTHORIZATION [internships_app]"));
        Assert.That(script, Does.Not.Contain("db_owner").And.Not.Contain("db_ddladmin"), "the login does not change the application's tables");
    }
}
