using System.Text.Json.Serialization;
using Hangfire;
using Internships.Application;
using Internships.Application.Common.Behaviors;
using Internships.Application.Common.Interfaces;
#if DEMO_DATA
using Internships.DemoData;
#endif
using Internships.Infrastructure;
using Internships.Infrastructure.Health;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Nodes;
using Internships.Infrastructure.Persistence;
using Internships.Web.Endpoints;
using Internships.Web.Infrastructure;
using Internships.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Identity;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
#if DEMO_DATA
// Debug builds only (see the project file): Database:SeedDemoData, set in Development, fills an empty database.
builder.Services.AddDemoData();
#endif
builder.Services.AddMediator(options =>
{
    // Scoped: handlers share the request's DbContext. Behaviours run in this order, outermost first.
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(Internships.Domain.Common.Entity), typeof(Internships.Application.DependencyInjection)];
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(StudentRecordViewBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
        typeof(ExpectedVersionBehavior<,>),
    ];
});

builder.Services.AddHttpContextAccessor();
builder.Services.AddCurrentUser<HttpCurrentUser>();
builder.Services.AddScoped<Internships.Application.Common.Concurrency.IRequestPreconditions, HttpRequestPreconditions>();

// Bearer tokens, cookies and the issuer's private keys are sealed with data-protection keys: kept in the database, so
// every node opens what another sealed (docs/adr/0012); or, when DataProtection:KeysPath is set, in that folder;
// encrypted at rest with DataProtection:CertificatePath when it is set.
builder.Services.AddKeyRing(builder.Configuration);

builder.Services.AddWebAuthentication(builder.Configuration);
builder.Services.AddAuthorization();
builder.Services.AddSignInRateLimits(builder.Configuration);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    // Be strict about what clients send: an unknown field or a number in quotes is a mistake worth a 400.
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.Converters.Add(new NoNulCharacters());
    o.SerializerOptions.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(
        System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.WithAddedModifier(
            o.SerializerOptions.TypeInfoResolver ?? new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(), RequiredRequestFields.Require),
        NoNullListItems.Refuse);
});
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 1024 * 1024);

builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblemDetailsWriter.TitleInRequestLanguage);
builder.Services.AddProductLocalization();
builder.Services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
builder.Services.AddWebPages();
builder.Services.AddReadinessChecks(builder.Configuration);
builder.Services.AddCors(o => o.AddPolicy(OpenBadgesEndpoints.CorsPolicy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD")));
builder.AddTelemetry();
builder.AddTransportSecurity();

// The database is migrated and seeded as the host starts (DatabaseStartup, a hosted service); when it cannot be reached,
// the host starts anyway and answers 503 until it is ready.
var app = builder.Build();

// Every settings section is checked now, before anything starts (ValidateOnStart): a setting the node cannot work with
// stops it with one line naming it, rather than a stack trace or a failure at first use.
if (StartupSettings.Refusal(app.Services) is { } refusal)
{
    Console.Error.WriteLine(refusal);
    return 1;
}

if (IssuerKeysCommand.IsInvoked(args))
{
    // A command, not a node: it uses the node's settings and database, and starts nothing.
    return await IssuerKeysCommand.RunAsync(app.Services, args, Console.Out);
}

// First the client's real address and scheme (from a trusted proxy), HTTPS only in Production; then the request's line,
// which shows the status the client got, whatever answered it.
app.UseTransportSecurity();
app.UseHttpLogging();
app.UseSecurityHeaders();
app.UseExceptionHandler();
// Machines get problem details; people get a page that says what happened and where to go.
app.UseWhen(context => !WebAuthentication.IsPageRequest(context), branch => branch.UseStatusCodePages(ApiStatusCodeProblems.WriteAsync));
app.UseWhen(WebAuthentication.IsPageRequest, branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseMiddleware<StartupGate>();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAccountSessionValidation();
// After the session check: a signed-in person's stored language comes first (see ProductLocalization).
app.UseProductLocalization();
app.UseAuthorization();
app.UseMiddleware<SingleValuedQueryParameters>();

// The API's description is public in development; a Production node publishes it only when Api:PublishDocument says so.
if (!app.Environment.IsProduction() || app.Configuration.GetValue<bool>("Api:PublishDocument"))
{
    app.MapOpenApi();
    app.MapScalarApiReference("/api-docs", o => o.WithTitle("Internships API"));
}
// Live: the process answers. Ready: it can serve (database, job storage; a stuck e-mail outbox shows as Degraded).
// /health is the address earlier releases checked: it answers as ready does.
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", HealthResponses.Ready);
app.MapHealthChecks("/health", HealthResponses.Ready);

// A worker node (Host:Role Worker) runs jobs and answers the health checks only: no pages, no API, no dashboard.
if (app.Services.GetRequiredService<HostRoleOptions>().ServesRequests)
{
    // The job dashboard: coordinators and administrators only (401 when not signed in, 403 for other roles); only
    // administrators may retry, delete or trigger jobs, coordinators look.
    app.UseHangfireDashboard("/jobs", new DashboardOptions
    {
        Authorization = [new JobsDashboardAuthorization()],
        IsReadOnlyFunc = JobsDashboardAuthorization.IsReadOnly,
        DashboardTitle = "Internships jobs",
        DisplayStorageConnectionString = false,
        AppPath = "/",
    });

    app.MapAuthEndpoints();
    app.MapSchoolsEndpoints();
    app.MapPathwaysEndpoints();
    app.MapStudentsEndpoints();
    app.MapEmployersEndpoints();
    app.MapPostingsEndpoints();
    app.MapApplicationsEndpoints();
    app.MapUsersEndpoints();
    app.MapInvitationsEndpoints();
    app.MapPlacementsEndpoints();
    app.MapBadgesEndpoints();
    app.MapBadgeClaimsEndpoints();
    app.MapBadgeProposalsEndpoints();
    app.MapProgrammesEndpoints();
    app.MapOpenBadgesEndpoints();
    app.MapMatchRoundsEndpoints();
    app.MapReportsEndpoints();
    app.MapNotificationsEndpoints();
    app.MapStateReportingEndpoints();
    app.MapRosterEndpoints();
    app.MapGuidanceEndpoints();
    app.MapRazorPages();
}

app.WarnWhenPublicAddressIsElsewhere();
app.Run();
return 0;

/// <summary>The web host's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
