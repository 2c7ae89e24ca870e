using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Postings;
using Internships.Infrastructure.Badges;
using Internships.Infrastructure.Email;
using Internships.Infrastructure.Identity;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Persistence;
using Internships.Infrastructure.Reports;
using Internships.Infrastructure.Roster;
using Internships.Infrastructure.Search;
using Internships.Infrastructure.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Internships.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.Section));
        services.Configure<DistrictOptions>(configuration.GetSection(DistrictOptions.Section));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, DistrictClock>();

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = ResolveSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString, environment.ContentRootPath);
                var sqliteSettings = new SqliteConnectionSettings();
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) =>
                    o.UseSqlite(sqlite).AddInterceptors(sqliteSettings, sp.GetRequiredService<PostingCatalogNotifier>(),
                        sp.GetRequiredService<ReportJobDispatcher>(), sp.GetRequiredService<NotificationDispatchTrigger>(),
                        sp.GetRequiredService<RosterImportJobDispatcher>()));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"Database:Provider is SqlServer but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
                }

                services.AddDbContext<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                    o.UseSqlServer(connectionString).AddInterceptors(sp.GetRequiredService<PostingCatalogNotifier>(),
                        sp.GetRequiredService<ReportJobDispatcher>(), sp.GetRequiredService<NotificationDispatchTrigger>(),
                        sp.GetRequiredService<RosterImportJobDispatcher>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddScoped<IBulkWriter, BulkWriter>();
        services.AddSingleton<OpenPostingsCatalog>();
        services.AddSingleton<IOpenPostingsCatalog>(sp => sp.GetRequiredService<OpenPostingsCatalog>());
        services.AddScoped<PostingCatalogNotifier>();
        services.AddScoped<NotificationDispatchTrigger>();

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.AddScoped<IIdentityService, IdentityService>();
        services.AddScoped<DatabaseInitializer>();
        services.AddOpenBadges(configuration, environment);
        services.AddReports(configuration);
        services.AddRoster(configuration);
        services.AddNotifications(configuration, environment);
        services.AddBackgroundJobs(configuration, database.Provider, connectionString);
        return services;
    }

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
