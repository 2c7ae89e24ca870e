using Internships.Application.Common.Security;
using Internships.Domain.Evaluations;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema and fills what a new installation needs, once. Nodes starting together take
/// turns (<see cref="DatabaseStartupLock"/>), so each finds the schema and the seed data the one before it left.
/// </summary>
public sealed partial class DatabaseInitializer(
    AppDbContext db,
    IEnumerable<IDatabaseStartupStep> steps,
    RoleManager<AppRole> roles,
    UserManager<AppUser> users,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<BootstrapOptions> bootstrapOptions,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger,
    IDemoDataSeeder? demoDistrict = null)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using (await DatabaseStartupLock.AcquireAsync(db.Database, logger, cancellationToken))
        {
            await PrepareAsync(cancellationToken);
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var options = databaseOptions.Value;
        if (options.ShouldMigrateOnStartup)
        {
            if (db.Database.IsSqlite())
            {
                CreateSqliteDirectory();
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var step in steps)
        {
            await step.RunAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets searches read while a command writes; it is a property of the file, set once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

            // Give the query planner statistics (sqlite_stat1) for tables that have none or whose size has changed a
            // lot since: without them it cannot tell that most postings are open, and sorts every open posting
            // instead of reading the index that is already in the search's order. Quick when nothing is stale, and
            // analysis_limit bounds the work on a large file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", cancellationToken);
        }

        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new AppRole(role));
            }
        }

        await CreateFirstAdministratorAsync();

        if (!await db.RubricCompetencies.AnyAsync(cancellationToken))
        {
            // Every district starts from the common career-readiness rubric; coordinators adapt it.
            db.RubricCompetencies.AddRange(RubricCompetency.Defaults.Select((c, i) => new RubricCompetency(c.Key, c.Name, c.Description, (i + 1) * 10)));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (options.SeedDemoData && !await db.Schools.AnyAsync(cancellationToken))
        {
            await SeedDemoDistrictAsync(cancellationToken);
        }
    }

    private async Task SeedDemoDistrictAsync(CancellationToken cancellationToken)
    {
        if (demoDistrict is null)
        {
            // Only Debug builds carry the demo district: a production (Release) build never seeds, whatever the setting.
            LogNoDemoData();
            return;
        }

        // Demo accounts share a published password: only ever in Development. The seeder is not a request, so it runs
        // in a transaction of its own: its domain events are handled inside it (docs/adr/0006), and it seeds all or nothing.
        // Inside the provider's execution strategy, which runs it again from a clean slate after a transient failure.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var seeding = await db.Database.BeginTransactionAsync(ct);
            await demoDistrict.SeedAsync(includeDemoAccounts: environment.IsDevelopment(), ct);

            // The demo's history is made through the real domain methods, whose events queue e-mail; that history
            // happened "before", so nobody is written to about it.
            await db.Notifications.ExecuteDeleteAsync(ct);
            await seeding.CommitAsync(ct);
        }, cancellationToken);
    }

    private async Task CreateFirstAdministratorAsync()
    {
        var bootstrap = bootstrapOptions.Value;
        if (string.IsNullOrWhiteSpace(bootstrap.AdminEmail) || string.IsNullOrWhiteSpace(bootstrap.AdminPassword)
            || (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return;
        }

        var admin = new AppUser { UserName = bootstrap.AdminEmail, Email = bootstrap.AdminEmail, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, bootstrap.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The bootstrap administrator could not be created: "
                + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        LogBootstrapAdmin();
    }

    private void CreateSqliteDirectory()
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the first administrator account from the Bootstrap settings.")]
    private partial void LogBootstrapAdmin();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database:SeedDemoData is set, but this build carries no demo data (a Debug build does); nothing was seeded.")]
    private partial void LogNoDemoData();
}
