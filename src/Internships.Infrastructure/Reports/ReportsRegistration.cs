using Internships.Application.Features.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.Infrastructure.Reports;

public static class ReportsRegistration
{
    /// <summary>The report sources, the PDF renderer, the jobs and the dispatcher that enqueues a job for each report requested.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ReportOptions>(configuration, ReportOptions.Section);
        services.AddScoped<PlacementReportSource>();
        services.AddScoped<TermSummarySource>();
        services.AddSingleton<IReportRenderer, ReportRenderer>();
        services.AddScoped<GenerateReportJob>();
        services.AddScoped<RequestTermSummaryJob>();
        services.AddScoped<RequeueStalledReportsJob>();
        services.AddScoped<ReportJobDispatcher>();
        return services;
    }
}
