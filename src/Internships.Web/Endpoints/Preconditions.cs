using Internships.Application.Common.Concurrency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Internships.Web.Endpoints;

/// <summary>
/// No lost updates over HTTP: a versioned record's GET (and a successful change) answers its version as a strong ETag,
/// and a change names the version it was made from in If-Match. The comparison itself is the pipeline's
/// (<see cref="Application.Common.Behaviors.ExpectedVersionBehavior{TMessage, TResponse}"/>, a 412 when stale); here
/// only what HTTP adds: the header out, the header required in (428), and what the API document says of both.
/// </summary>
internal static class Preconditions
{
    private const string IfMatch = "If-Match";

    /// <summary>Answers the record's version as its ETag (the record is an <see cref="IVersionedDto"/>).</summary>
    public static RouteHandlerBuilder WithETag(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is IVersionedDto record)
            {
                context.HttpContext.Response.Headers.ETag = EntityTag.Of(record.Version);
            }

            return result;
        });

    /// <summary>
    /// A change of a versioned record that must say which version it was made from: without If-Match it is a 428, with a
    /// header that holds no entity tag a 400, with a stale one a 412. The answer carries the new ETag.
    /// </summary>
    public static RouteHandlerBuilder RequiresIfMatch(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
            {
                var ifMatch = context.HttpContext.Request.Headers.IfMatch.ToString();
                if (ifMatch.Length == 0)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required",
                        detail: "Send the record's ETag (from its GET) in If-Match, so that a change someone else made since is not overwritten.");
                }

                return EntityTag.IsWellFormed(ifMatch)
                    ? await next(context)
                    : TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        [IfMatch] = ["If-Match must hold the record's ETag as its GET answered it, quotes included (\"7\"), or *."],
                    }, title: "The request has invalid fields");
            })
            .WithETag()
            .DocumentIfMatch(required: true)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    /// <summary>A change that honours If-Match when the client sends one (412 when stale) but does not require it.</summary>
    public static RouteHandlerBuilder HonoursIfMatch(this RouteHandlerBuilder endpoint) => endpoint.WithETag().DocumentIfMatch(required: false);

    private static RouteHandlerBuilder DocumentIfMatch(this RouteHandlerBuilder endpoint, bool required) =>
        endpoint.ProducesProblem(StatusCodes.Status412PreconditionFailed).AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IfMatch,
                In = ParameterLocation.Header,
                Required = required,
                Description = "The record's ETag as its GET answered it (\"7\"): the change is refused with 412 if the record changed since.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            return Task.CompletedTask;
        });
}
