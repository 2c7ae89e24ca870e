using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Internships.Infrastructure.Persistence;
using Npgsql;

namespace Internships.Infrastructure.Jobs;

/// <summary>
/// Hangfire's storage with the PostgreSQL provider: its own schema ("hangfire") in the application's database. Its tables
/// are Hangfire's, not in our migrations or database/internships.postgresql.sql: the node installs or upgrades them at
/// start-up (<see cref="InstallSchema"/>), under the same lock as the migrations, so the application's login must own
/// that schema (README, "Running on PostgreSQL").
/// </summary>
internal static class PostgreSqlJobStorage
{
    public const string Schema = "hangfire";

    public static JobStorage Create(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,

            // Not when the storage is created (the database may not be reachable yet): at start-up, by InstallSchema.
            PrepareSchemaIfNecessary = false,

            // A job enqueued on any node wakes every worker at once (LISTEN/NOTIFY); the poll is the fallback.
            EnableLongPolling = true,
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>Creates or upgrades Hangfire's tables (Hangfire's own installer; a no-op when they are current).</summary>
    internal sealed class InstallSchema(string connectionString) : IDatabaseStartupStep
    {
        public async Task RunAsync(CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            PostgreSqlObjectsInstaller.Install(connection, Schema);
        }
    }
}
