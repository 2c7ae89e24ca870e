using System.Text.Json.Nodes;
using Internships.Application.Features.Badges;
using Mediator;

namespace Internships.Web.Endpoints;

/// <summary>The public, stable URLs Open Badges verifiers and other systems read. No sign-in.</summary>
public static class OpenBadgesEndpoints
{
    private const string JsonLd = "application/ld+json";
    private const string Png = "image/png";

    public static IEndpointRouteBuilder MapOpenBadgesEndpoints(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup("/ob/v2").WithTags("Open Badges");
        v2.MapGet("/issuer", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            LinkedData(request, await sender.Send(new GetIssuerProfileQuery(), ct)));
        v2.MapGet("/badges/{id:guid}", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            LinkedData(request, await sender.Send(new GetBadgeClassDocumentQuery(id), ct)));
        v2.MapGet("/badges/{id:guid}/image", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.File(await sender.Send(new GetBadgeImageQuery(id), ct), Png));
        v2.MapGet("/assertions/{id:guid}", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
        {
            var assertion = await sender.Send(new GetAssertionDocumentQuery(id), ct);
            return LinkedData(request, assertion.Document, assertion.Revoked ? StatusCodes.Status410Gone : StatusCodes.Status200OK);
        });
        v2.MapGet("/assertions/{id:guid}/image", async (Guid id, ISender sender, CancellationToken ct) =>
            Image(await sender.Send(new GetAssertionImageQuery(id), ct), $"badge-{id}.png"));

        var v3 = app.MapGroup("/ob/v3").WithTags("Open Badges");
        v3.MapGet("/credentials/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Text(await sender.Send(new GetCredentialJwtQuery(id), ct), "text/plain"));
        v3.MapGet("/credentials/{id:guid}/image", async (Guid id, ISender sender, CancellationToken ct) =>
            Image(await sender.Send(new GetCredentialImageQuery(id), ct), $"badge-{id}-credential.png"));
        v3.MapGet("/keys/{thumbprint}", async (string thumbprint, ISender sender, CancellationToken ct) =>
            TypedResults.Json(await sender.Send(new GetIssuerKeyQuery(thumbprint), ct), contentType: "application/jwk+json"));
        v3.MapGet("/status/{list:int}", async (int list, ISender sender, CancellationToken ct) =>
            TypedResults.Text(await sender.Send(new GetStatusListQuery(list), ct), "text/plain"));

        app.MapGet("/.well-known/jwks.json", async (ISender sender, CancellationToken ct) =>
            TypedResults.Json(await sender.Send(new GetIssuerKeysQuery(), ct))).WithTags("Open Badges");
        return app;
    }

    /// <summary>JSON-LD, or plain JSON for a client that asks for application/json rather than JSON-LD.</summary>
    private static IResult LinkedData(HttpRequest request, JsonObject document, int status = StatusCodes.Status200OK)
    {
        var accept = request.Headers.Accept.ToString();
        var contentType = accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains(JsonLd, StringComparison.OrdinalIgnoreCase)
            ? "application/json"
            : JsonLd;
        return TypedResults.Text(document.ToJsonString(), contentType, statusCode: status);
    }

    private static IResult Image(byte[]? png, string fileName) =>
        png is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Revoked", detail: "This award has been revoked.")
            : TypedResults.File(png, Png, fileName);
}
