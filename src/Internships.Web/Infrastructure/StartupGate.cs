using Internships.Infrastructure.Persistence;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Until the database is ready (<see cref="DatabaseReadiness"/>), every request but the health checks and the status
/// page is answered 503 with a Retry-After: the API with problem details, a page with the status page. Without it a
/// request could meet a database half-way through its migrations.
/// </summary>
internal sealed class StartupGate(RequestDelegate next, DatabaseReadiness readiness, IProblemDetailsService problemDetails)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        if (readiness.IsReady || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/status"))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!WebAuthentication.IsPageRequest(context))
        {
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Starting up",
                    Detail = "The service is starting and its database is not ready yet. Try again in a few seconds.",
                },
            });
        }
    }
}
