using System.Text.Json.Nodes;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Badges;
using Internships.Web.Infrastructure;

namespace Internships.Web.Endpoints;

/// <summary>The public, stable URLs Open Badges verifiers and other systems read. No sign-in.</summary>
public static class OpenBadgesEndpoints
{
    /// <summary>Browser verifiers on other sites read these documents: any origin may, for GET only. No other route answers CORS.</summary>
    public const string CorsPolicy = "PublicVerification";

    private const string JsonLd = "application/ld+json";
    private const string Png = "image/png";

    public static IEndpointRouteBuilder MapOpenBadgesEndpoints(this IEndpointRouteBuilder app)
    {
        var v2 = app.MapGroup("/ob/v2").WithTags("Open Badges").RequireCors(CorsPolicy).RequireRateLimiting(RateLimits.PublicDocuments);
        v2.MapGet("/issuer", async (HttpRequest request, ISender sender, CancellationToken ct) =>
                LinkedData(request, await sender.Send(new GetIssuerProfileQuery(), ct)))
            .ProducesLinkedData()
            .WithName("GetIssuerProfile").WithSummary("The issuer's Open Badges 2.0 profile.");
        v2.MapGet("/badges/{id:guid}", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
                LinkedData(request, await sender.Send(new GetBadgeClassDocumentQuery(id), ct)))
            .ProducesLinkedData()
            .WithName("GetBadgeClassDocument").WithSummary("A badge's Open Badges 2.0 BadgeClass.").ProducesProblems(404);
        v2.MapGet("/badges/{id:guid}/image", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.File(await sender.Send(new GetBadgeImageQuery(id), ct), Png))
            .Produces<byte[]>(StatusCodes.Status200OK, Png)
            .WithName("GetBadgeImage").WithSummary("A badge's image.").ProducesProblems(404);
        v2.MapGet("/assertions/{id:guid}", async (Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var assertion = await sender.Send(new GetAssertionDocumentQuery(id), ct);
                return LinkedData(request, assertion.Document, assertion.Revoked ? StatusCodes.Status410Gone : StatusCodes.Status200OK);
            })
            .ProducesLinkedData().ProducesLinkedData(StatusCodes.Status410Gone)
            .WithName("GetAssertionDocument").WithSummary("An award's hosted Open Badges 2.0 assertion; a revoked one answers 410 with the document.")
            .ProducesProblems(404);
        v2.MapGet("/assertions/{id:guid}/image", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
                Image(http, await sender.Send(new GetAssertionImageQuery(id), ct), $"badge-{id}.png"))
            .Produces<byte[]>(StatusCodes.Status200OK, Png).Produces(StatusCodes.Status304NotModified)
            .WithName("GetAssertionImage").WithSummary("The badge image with the award's OB 2.0 assertion baked in; 410 once revoked.")
            .ProducesProblems(404, 410);

        var v3 = app.MapGroup("/ob/v3").WithTags("Open Badges").RequireCors(CorsPolicy).RequireRateLimiting(RateLimits.PublicDocuments);
        v3.MapGet("/credentials/{id:guid}", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var credential = await sender.Send(new GetCredentialJwtQuery(id), ct);
                return Revalidated(http, credential) ?? TypedResults.Text(credential.Content, "text/plain");
            })
            .Produces<string>(StatusCodes.Status200OK, "text/plain").Produces(StatusCodes.Status304NotModified)
            .WithName("GetCredentialJwt").WithSummary("An award's Open Badges 3.0 verifiable credential, as a VC-JWT.").ProducesProblems(404);
        v3.MapGet("/credentials/{id:guid}/image", async (Guid id, HttpContext http, ISender sender, CancellationToken ct) =>
                Image(http, await sender.Send(new GetCredentialImageQuery(id), ct), $"badge-{id}-credential.png"))
            .Produces<byte[]>(StatusCodes.Status200OK, Png).Produces(StatusCodes.Status304NotModified)
            .WithName("GetCredentialImage").WithSummary("The badge image with the award's VC-JWT baked in; 410 once revoked.")
            .ProducesProblems(404, 410);
        v3.MapGet("/keys/{thumbprint}", async (string thumbprint, ISender sender, CancellationToken ct) =>
                TypedResults.Json(await sender.Send(new GetIssuerKeyQuery(thumbprint), ct), contentType: "application/jwk+json"))
            .Produces<JsonObject>(StatusCodes.Status200OK, "application/jwk+json")
            .WithName("GetIssuerKey").WithSummary("One of the issuer's public keys: where a credential's kid points.").ProducesProblems(404);
        v3.MapGet("/status/{list:int}", async (int list, ISender sender, CancellationToken ct) =>
                TypedResults.Text(await sender.Send(new GetStatusListQuery(list), ct), "text/plain"))
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .WithName("GetStatusList").WithSummary("Status list n (from 1), a VC-JWT whose bitstring has each revoked award's bit set; 404 past the lists in use.")
            .ProducesProblems(400, 404);

        app.MapGet("/.well-known/jwks.json", async (ISender sender, CancellationToken ct) =>
                TypedResults.Json(await sender.Send(new GetIssuerKeysQuery(), ct)))
            .WithTags("Open Badges").RequireCors(CorsPolicy).RequireRateLimiting(RateLimits.PublicDocuments)
            .Produces<JsonObject>(StatusCodes.Status200OK)
            .WithName("GetIssuerKeys").WithSummary("The issuer's public keys, as a JSON Web Key Set.");
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

    /// <summary>For the API document: the JSON-LD, or plain JSON, that <see cref="LinkedData"/> answers.</summary>
    private static RouteHandlerBuilder ProducesLinkedData(this RouteHandlerBuilder endpoint, int status = StatusCodes.Status200OK) =>
        endpoint.Produces<JsonObject>(status, JsonLd, "application/json");

    private static IResult Image(HttpContext http, PublicAwardDocument<byte[]?> image, string fileName) =>
        image.Content is not { } png
            ? TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Revoked", detail: "This award has been revoked.")
            : Revalidated(http, image) ?? TypedResults.File(png, Png, fileName);

    /// <summary>
    /// Tags an award's document with its entity tag, to be stored by anyone but checked again on each use (no-cache:
    /// a revocation must show at once), and answers 304 when the client already holds this version. Null: send it.
    /// </summary>
    private static IResult? Revalidated<T>(HttpContext http, PublicAwardDocument<T> document)
    {
        http.Response.Headers.ETag = document.ETag;
        http.Response.Headers.CacheControl = "public, no-cache";
        var held = http.Request.Headers.IfNoneMatch.ToString();
        return held.Length > 0 && (held.Trim() == "*" || held.Split(',').Any(tag => tag.Trim() == document.ETag))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : null;
    }
}
