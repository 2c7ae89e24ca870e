using Internships.Infrastructure;
using Npgsql;
using Shouldly;

namespace Internships.UnitTests.Infrastructure;

/// <summary>PostgreSQL connections prepare the statements they repeat, unless the operator's connection string says otherwise.</summary>
public sealed class PostgreSqlPreparedStatementsTests
{
    [Test]
    public void A_connection_string_that_says_nothing_prepares_repeated_statements()
    {
        var configured = new NpgsqlConnectionStringBuilder(
            DependencyInjection.WithPreparedStatements("Host=db.district.example;Database=internships;Username=app;Password=secret"));

        configured.MaxAutoPrepare.ShouldBe(DependencyInjection.AutoPreparedStatements);
        configured.Host.ShouldBe("db.district.example");
        configured.Password.ShouldBe("secret");
    }

    [TestCase("Host=db;Max Auto Prepare=0", 0)]
    [TestCase("Host=db;MaxAutoPrepare=12", 12)]
    [TestCase("Host=db;max auto prepare=40", 40)]
    public void The_operators_setting_wins(string connectionString, int expected) =>
        new NpgsqlConnectionStringBuilder(DependencyInjection.WithPreparedStatements(connectionString)).MaxAutoPrepare.ShouldBe(expected);
}
