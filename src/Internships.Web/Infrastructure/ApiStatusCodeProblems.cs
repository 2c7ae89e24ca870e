using Microsoft.AspNetCore.Diagnostics;

namespace Internships.Web.Infrastructure;

/// <summary>
/// The API's answer to an error status that came with no body (no token, an address no operation has): problem details.
/// A 404 that no operation answered says so, which tells a wrong address (<c>/api/placements/abc</c>: ids are whole
/// numbers) apart from a record that is not there.
/// </summary>
internal static class ApiStatusCodeProblems
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var problem = new ProblemDetails { Status = http.Response.StatusCode };
        if (problem.Status == StatusCodes.Status404NotFound && http.GetEndpoint() is null)
        {
            System.Globalization.CultureInfo.CurrentUICulture = Localization.ProductLocalization.RequestCulture(http);
            problem.Detail = http.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.ProblemText>>()["Detail.NoSuchOperation"];
        }

        return http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem })
            .AsTask();
    }
}
