using Internships.Application.Common.Models;
using Internships.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace Internships.UnitTests.Application;

public sealed class LikeTests
{
    [TestCase("bridge", "%bridge%")]
    [TestCase("  100% ", "%100\\%%")]
    [TestCase("a_b", "%a\\_b%")]
    [TestCase("c:\\x", "%c:\\\\x%")]
    public void User_text_matches_itself(string typed, string pattern)
    {
        Like.Contains(typed).ShouldBe(pattern);
    }

    /// <summary>Each provider's SQL for a text search, which must ignore case: LIKE where it does, ILIKE on PostgreSQL.</summary>
    [TestCase("Sqlite", "\"Name\" LIKE @pattern ESCAPE '\\'")]
    [TestCase("SqlServer", "[Name] LIKE @pattern ESCAPE N'\\'")]
    [TestCase("PostgreSql", "\"Name\" ILIKE @pattern ESCAPE '\\'")]
    public void Each_provider_searches_text_regardless_of_case(string provider, string expected)
    {
        using AppDbContext db = provider switch
        {
            "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
            "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
            _ => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        };
        var pattern = Like.Contains("Bridge");

        var sql = db.Schools.Where(s => Like.Matches(s.Name, pattern)).ToQueryString();

        sql.ShouldContain(expected);
        Should.Throw<InvalidOperationException>(() => Like.Matches("Bridge", pattern), "it only runs in SQL");
    }
}
