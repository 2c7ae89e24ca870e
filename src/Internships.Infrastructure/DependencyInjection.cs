using Mediator;
using Internships.Application.Features.Postings;
using Internships.Infrastructure.Badges;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Identity;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Nodes;
using Internships.Infrastructure.Persistence;
using Internships.Infrastructure.Persistence.Audit;
using Internships.Infrastructure.Exports;
using Internships.Infrastructure.Reports;
using Internships.Infrastructure.Roster;
using Internships.Infrastructure.Search;
using Internships.Infrastructure.Telemetry;
using Internships.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Internships.Infrastructure;

public static class DependencyInjection
{
    /// <summary>
    /// How <c>ids.Contains(x.Id)</c> over a list from the caller or from an earlier query reaches the database: as ONE
    /// parameter (SQLite <c>json_each</c>, SQL Server <c>OPENJSON</c>, a PostgreSQL array), not EF Core 10's default
    /// of one parameter per id, which fails past SQLite's 32,766 variables, SQL Server's 2,100 and PostgreSQL's 65,535
    /// (a round naming 50,000 students did). The price is that the database cannot see the list's size when planning.
    /// </summary>
    private const ParameterTranslationMode IdListMode = ParameterTranslationMode.Parameter;

    /// <summary>
    /// EF Core's default, chosen on purpose: a query that shapes a few small lists (a student's pathways and badges for
    /// an eligible-only search) is one round trip. Saying so also stops EF Core warning that no choice was made.
    /// </summary>
    private const QuerySplittingBehavior OneQuery = QuerySplittingBehavior.SingleQuery;

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddValidatedOptions<DatabaseOptions>(configuration, DatabaseOptions.Section);
        services.AddValidatedOptions<BootstrapOptions>(configuration, BootstrapOptions.Section);
        services.AddValidatedOptions<DistrictOptions>(configuration, DistrictOptions.Section);
        services.AddValidatedOptions<SecurityOptions>(configuration, SecurityOptions.Section);
        services.AddValidatedOptions<SsoOptions>(configuration, SsoOptions.Section);
        var node = configuration.GetSection(HostRoleOptions.Section).Get<HostRoleOptions>() ?? new HostRoleOptions();
        services.AddSingleton(node);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, DistrictClock>();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = ResolveSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, environment.ContentRootPath);
                SqliteProcessSettings.Apply();
                var sqliteSettings = new SqliteConnectionSettings();
                services.AddDbContextPool<SqliteAppDbContext>(o =>
                    o.UseSqlite(sqlite, l => l.UseParameterizedCollectionMode(IdListMode).UseQuerySplittingBehavior(OneQuery)).AddInterceptors(sqliteSettings, SaveInterceptors));
                services.AddScoped<AppDbContext>(Lease<SqliteAppDbContext>);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = RequireConnectionString(database.Provider, connectionString);
                services.AddDbContextPool<SqlServerAppDbContext>(o => o
                    .UseSqlServer(sqlServer, s => s.EnableRetryOnFailure(database.MaxRetryCount, database.MaxRetryDelay, errorNumbersToAdd: null)
                        .UseParameterizedCollectionMode(IdListMode).UseQuerySplittingBehavior(OneQuery))
                    .AddInterceptors(SaveInterceptors));
                services.AddScoped<AppDbContext>(Lease<SqlServerAppDbContext>);
                break;
            case DatabaseProvider.PostgreSql:
                var postgreSql = WithPreparedStatements(RequireConnectionString(database.Provider, connectionString));
                services.AddDbContextPool<PostgreSqlAppDbContext>(o => o
                    .UseNpgsql(postgreSql, n => n.EnableRetryOnFailure(database.MaxRetryCount, database.MaxRetryDelay, errorCodesToAdd: null)
                        .UseParameterizedCollectionMode(IdListMode).UseQuerySplittingBehavior(OneQuery))
                    .AddInterceptors(SaveInterceptors));
                services.AddScoped<AppDbContext>(Lease<PostgreSqlAppDbContext>);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        services.AddScoped<ScopeSaveInterceptors>();
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IBulkWriter, BulkWriter>();
        services.AddSingleton<OpenPostingsCatalog>();
        services.AddSingleton<IOpenPostingsCatalog>(sp => sp.GetRequiredService<OpenPostingsCatalog>());
        services.AddScoped<PostingCatalogNotifier>();
        services.AddScoped<NotificationDispatchTrigger>();
        services.AddScoped<AuditTrailInterceptor>();
        services.AddScoped<IAuditTrail, AuditTrailWriter>();
        services.AddExports(configuration);

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<AppSignInManager>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        // Password-reset links (Identity's data-protected tokens, bound to the security stamp, so they work once).
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = security.PasswordResetLifetime);

        services.AddMemoryCache();
        services.AddScoped<AccountSessions>();
        services.AddScoped<AccountSessionsNotifier>();
        services.AddScoped<RefreshTokenStore>();
        services.AddScoped<DistrictAccounts>();
        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<IAccountSecurity, AccountSecurity>();
        services.AddSingleton<ISignInPolicy, SignInPolicy>();
        services.AddScoped<DatabaseInitializer>();

        // First of the hosted services: the others (the job server, the recurring jobs) need the database it prepares.
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseStartup>();
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            // The other nodes' search catalogues hear of each committed posting change at once (LISTEN/NOTIFY).
            services.AddSingleton(sp => new PostgreSqlCatalogChannel(connectionString!, sp.GetRequiredService<OpenPostingsCatalog>(),
                sp.GetRequiredService<ILogger<PostgreSqlCatalogChannel>>()) { Listen = node.ServesRequests });
            services.AddSingleton<ICatalogChangeBroadcast>(sp => sp.GetRequiredService<PostgreSqlCatalogChannel>());
            services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlCatalogChannel>());
        }

        services.AddOpenBadges(configuration, environment);
        services.AddReports(configuration);
        services.AddRoster(configuration);
        services.AddNotifications(configuration, environment);
        services.AddBackgroundJobs(configuration, database.Provider, connectionString, node);
        services.AddProductMetrics(configuration);
        return services;
    }

    /// <summary>
    /// What each save brings along (<see cref="ScopeSaveInterceptors"/>), reached from the options through one forwarder:
    /// the options are built once for the process, the interceptors once per scope that saves.
    /// </summary>
    private static IInterceptor SaveInterceptors => ScopeSaveInterceptorsForwarder.Instance;

    /// <summary>
    /// The scope's context, leased from the pool and returned (its change tracker cleared) when the scope ends. Making a
    /// context afresh for every request (its internal services, options checks, the SQLite connection with its
    /// functions) was a large part of every API call that reads one row. What belongs to the scope, its mediator and
    /// its save interceptors, is handed to the leased context here, on every lease. The scope's lease is EF Core's own
    /// (<c>AddDbContextPool</c>): only the lease returns the context, so the scope disposing the context once for each
    /// service it was resolved as (<see cref="AppDbContext"/>, <see cref="IAppDbContext"/>) cannot return it twice. A
    /// context leased from a factory returned itself on each dispose, and a second dispose could take it back from the
    /// next scope that had leased it meanwhile.
    /// </summary>
    private static AppDbContext Lease<TContext>(IServiceProvider scope) where TContext : AppDbContext
    {
        var context = scope.GetRequiredService<TContext>();
        context.Publisher = scope.GetService<IPublisher>();
        context.SaveInterceptors = scope.GetRequiredService<ScopeSaveInterceptors>();
        return context;
    }

    private static string RequireConnectionString(DatabaseProvider provider, string? connectionString) =>
        string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                $"Database:Provider is {provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.")
            : connectionString;

    /// <summary>
    /// PostgreSQL plans every statement it is sent unless the statement is prepared; a student's applications spent more
    /// of the server's time planning than running. Npgsql prepares, on each pooled connection, the statements it sees
    /// repeated (five uses by default), up to <see cref="AutoPreparedStatements"/> of them. A connection string that says
    /// otherwise wins (<c>Max Auto Prepare=0</c> turns it off, as a pooler in transaction mode without prepared-statement
    /// support needs).
    /// </summary>
    internal static string WithPreparedStatements(string connectionString)
    {
        // The keys as written (Npgsql's builder answers ContainsKey for every keyword it knows, set or not).
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPreparedStatements }.ConnectionString;
    }

    internal const int AutoPreparedStatements = 256;

    /// <summary>A relative SQLite file is kept under the host's content root, wherever it was started from.</summary>
    private static string ResolveSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        return builder.ToString();
    }
}
