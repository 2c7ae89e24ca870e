using System.Data.Common;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// What a recipient holds is read by recipient key whenever a student applies, opens a ladder or checks their
/// eligibility; the database finds those rows through an index rather than reading every award in the state.
/// </summary>
public sealed class BadgeAwardIndexTests
{
    [Test]
    public async Task The_badges_a_recipient_holds_are_found_through_an_index()
    {
        var plan = await TestHost.District.Factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                // PostgreSQL may rightly prefer a scan of a small test table; turned off, it shows whether it could do otherwise.
                if (TestDatabase.IsPostgreSql)
                {
                    await ExecuteAsync(connection, "SET enable_seqscan = off");
                }

                var explain = TestDatabase.IsPostgreSql ? "EXPLAIN" : "EXPLAIN QUERY PLAN";
                return await ReadPlanAsync(connection,
                    $"""{explain} SELECT DISTINCT "BadgeClassId" FROM "BadgeAwards" WHERE "RecipientKey" = 'student:1' AND "RevokedAt" IS NULL""");
            }
            finally
            {
                if (TestDatabase.IsPostgreSql)
                {
                    await ExecuteAsync(connection, "RESET enable_seqscan");
                }

                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.That(plan, Does.Contain("IX_BadgeAwards_RecipientKey_BadgeClassId"));
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ReadPlanAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            // SQLite's plan puts its text in the last column ("detail"); PostgreSQL's has one column.
            lines.Add(reader.GetString(reader.FieldCount - 1));
        }

        return string.Join('\n', lines);
    }
}
