using System.Text.Json.Serialization;
using Hangfire;
using Internships.Application;
using Internships.Application.Common.Behaviors;
using Internships.Application.Common.Interfaces;
#if DEMO_DATA
using Internships.DemoData;
#endif
using Internships.Infrastructure;
using Internships.Infrastructure.Jobs;
using Internships.Infrastructure.Persistence;
using Internships.Web.Endpoints;
using Internships.Web.Infrastructure;
using Internships.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.DataProtection;
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
        typeof(UnitOfWorkBehavior<,>),
    ];
});

builder.Services.AddHttpContextAccessor();
builder.Services.AddCurrentUser<HttpCurrentUser>();

// Bearer tokens are sealed with data-protection keys: keep them where every instance finds them after a restart.
if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keysPath)
{
    builder.Services.AddDataProtection().SetApplicationName("Internships").PersistKeysToFileSystem(new DirectoryInfo(keysPath));
}

// The API takes bearer tokens and the pages a sign-in cookie, for the same Identity accounts: a policy scheme picks one
// per request, so the API keeps answering 401/403 problem details while pages redirect to the sign-in page.
builder.Services.AddAuthentication(WebAuthentication.Scheme)
    .AddPolicyScheme(WebAuthentication.Scheme, "Bearer for the API, cookie for the pages",
        o => o.ForwardDefaultSelector = WebAuthentication.SelectScheme)
    .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
    .AddCookie(IdentityConstants.ApplicationScheme, WebAuthentication.ConfigureCookie);
builder.Services.AddAuthorization();

builder.Services.ConfigureHttpJsonOptions(o =>
{
    // Be strict about what clients send: an unknown field or a number in quotes is a mistake worth a 400.
    o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
});
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 1024 * 1024);

builder.Services.AddProblemDetails();
builder.Services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
builder.Services.AddWebPages();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
}

app.UseExceptionHandler();
// Machines get problem details; people get a page that says what happened and where to go.
app.UseWhen(context => !WebAuthentication.IsPageRequest(context), branch => branch.UseStatusCodePages(ApiStatusCodeProblems.WriteAsync));
app.UseWhen(WebAuthentication.IsPageRequest, branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapScalarApiReference("/api-docs", o => o.WithTitle("Internships API"));
app.MapHealthChecks("/health");

// The job dashboard: coordinators and administrators only (401 when not signed in, 403 for other roles).
app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = [new JobsDashboardAuthorization()],
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
app.MapPlacementsEndpoints();
app.MapBadgesEndpoints();
app.MapOpenBadgesEndpoints();
app.MapMatchRoundsEndpoints();
app.MapReportsEndpoints();
app.MapNotificationsEndpoints();
app.MapRosterEndpoints();
app.MapRazorPages();

app.Run();

/// <summary>The web host's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
