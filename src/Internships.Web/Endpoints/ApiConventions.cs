namespace Internships.Web.Endpoints;

/// <summary>
/// What the API document says about the problems an operation can answer. Each operation also has its own name (its
/// operationId: verb and noun, as its use case) and summary; Platform/OpenApiDocumentTests holds every operation to that.
/// </summary>
internal static class ApiConventions
{
    /// <summary>A group of operations for signed-in callers only: each answers 401 without a valid bearer token.</summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder app, string prefix, string tag) =>
        app.MapGroup(prefix).WithTags(tag).RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized);

    /// <summary>
    /// The problems an operation can answer beyond its group's: 400 (a validation problem naming the fields of the body or
    /// query at fault), 403 (the caller's role, or a record they may see but not change), 404 (an id in the path names no
    /// record, or one hidden from the caller), 409 (the record's state, a duplicate, a concurrent change), or another.
    /// </summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _ = status == StatusCodes.Status400BadRequest ? endpoint.ProducesValidationProblem() : endpoint.ProducesProblem(status);
        }

        return endpoint;
    }
}
