using System.Diagnostics;
using System.Globalization;
using Internships.Web.Infrastructure.Localization;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>
/// The API and the machine-readable documents answer every error as application/problem+json, whatever the client's
/// Accept header says. The framework's writer only answers clients that accept JSON; without this one, a client asking
/// for text/html or XML got an empty body, a plain-text line or even a 500 in place of the 404 it had earned.
/// Registered after the framework's writer, so a client that accepts JSON gets exactly what that one writes.
/// </summary>
internal sealed class ApiProblemDetailsWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => !WebAuthentication.IsPageRequest(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        context.ProblemDetails.Status ??= response.StatusCode;
        // ProblemHttpResult gives the problem the framework's type and title for its status, as the framework's writer does.
        var problem = TypedResults.Problem(context.ProblemDetails).ProblemDetails;
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json"));
    }

    /// <summary>
    /// Both writers' last step (<see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>): a problem that carries only
    /// the framework's English title for its status gets that status's title in the request's language ("Status.404"
    /// in <see cref="ProblemText"/>), where the words have one.
    /// </summary>
    internal static void TitleInRequestLanguage(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is not { } status || problem.Title != TypedResults.Problem(statusCode: status).ProblemDetails.Title)
        {
            return;
        }

        CultureInfo.CurrentUICulture = ProductLocalization.RequestCulture(context.HttpContext);
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ProblemText>>();
        if (text["Status." + status.ToString(CultureInfo.InvariantCulture)] is { ResourceNotFound: false } title)
        {
            problem.Title = title;
        }
    }
}
