using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// No SQL Server runs here, so the script a DBA applies is checked two ways: it is exactly what the migrations
/// generate today, and SQL Server's own T-SQL parser accepts every batch of it.
/// </summary>
public sealed class SqlServerScriptTests
{
    private static string ScriptPath => Path.Combine(RepositoryRoot.Path, "database", "internships.sqlserver.sql");

    internal static string Normalise(string script) =>
        string.Join('\n', script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    [Test]
    public void Script_in_database_folder_matches_the_migrations()
    {
        using var context = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var generated = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.That(Normalise(File.ReadAllText(ScriptPath)), Is.EqualTo(Normalise(generated)),
            "database/internships.sqlserver.sql is stale: run database/generate-sqlserver-script.sh");
    }

    [Test]
    public void Script_parses_as_T_SQL()
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(File.ReadAllText(ScriptPath));

        var fragment = parser.Parse(reader, out var errors);

        Assert.That(errors.Select(e => $"line {e.Line}: {e.Message}"), Is.Empty);
        var script = (TSqlScript)fragment;
        Assert.That(script.Batches, Has.Count.GreaterThan(1));
        var created = script.Batches.SelectMany(b => b.Statements).SelectMany(Flatten).OfType<CreateTableStatement>()
            .Select(t => t.SchemaObjectName.BaseIdentifier.Value).ToList();
        Assert.That(created, Is.SupersetOf(new[] { "Schools", "Pathways", "Students", "Employers", "Postings", "Applications", "AspNetUsers" }));
    }

    [TestCaseSource(nameof(DesignTimeContexts))]
    public void Each_providers_migrations_cover_the_whole_model(Func<AppDbContext> create)
    {
        using var context = create();

        Assert.That(context.Database.HasPendingModelChanges(), Is.False,
            "the model changed without a migration: add one for each provider");
    }

    private static IEnumerable<TestCaseData> DesignTimeContexts()
    {
        yield return new TestCaseData(new Func<AppDbContext>(() => new SqliteDesignTimeFactory().CreateDbContext([]))).SetArgDisplayNames("Sqlite");
        yield return new TestCaseData(new Func<AppDbContext>(() => new SqlServerDesignTimeFactory().CreateDbContext([]))).SetArgDisplayNames("SqlServer");
        yield return new TestCaseData(new Func<AppDbContext>(() => new PostgreSqlDesignTimeFactory().CreateDbContext([]))).SetArgDisplayNames("PostgreSql");
    }

    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement i => new[] { i.ThenStatement, i.ElseStatement }.Where(s => s is not null).SelectMany(s => Flatten(s!)),
        BeginEndBlockStatement b => b.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };
}
