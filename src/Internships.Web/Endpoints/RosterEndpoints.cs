using FluentValidation;
using FluentValidation.Results;
using Internships.Application.Features.Roster;
using Internships.Application.Features.Roster.OneRoster;
using Microsoft.OpenApi;

namespace Internships.Web.Endpoints;

public static class RosterEndpoints
{
    /// <summary>Room for the multipart wrapping around the largest zip accepted.</summary>
    private const long MaxBodyBytes = RosterRules.MaxUploadBytes + (1024 * 1024);

    public static IEndpointRouteBuilder MapRosterEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapApiGroup("/api/roster/imports", "Roster");
        imports.MapPost("/", async (HttpRequest request, bool? dryRun, ISender sender, CancellationToken ct) =>
            {
                var upload = await ReadUploadAsync(request, ct);
                var import = await sender.Send(new StartRosterImportCommand(upload.File, upload.FileName, dryRun ?? false, upload.Coordinators), ct);
                return TypedResults.Accepted(import.Url, import);
            })
            // The role is checked before the upload is read: nobody else gets to send 50 MB, or learn what is wrong with it.
            .RequireAuthorization(RolePolicies.Coordinator)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            // Described, not declared with Accepts(): that would answer 415 to the wrong content type before the role check.
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.RequestBody = UploadForm();
                return Task.CompletedTask;
            })
            .WithName("StartRosterImport")
            .WithSummary("Upload the zip of OneRoster 1.2 CSV files (form field 'file'; 'coordinators' maps staff); ?dryRun=true previews (coordinators).")
            .ProducesProblems(400, 403, 413, 415);
        imports.MapGet("/", ([AsParameters] ListRosterImportsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListRosterImports").WithSummary("The roster imports, newest first (coordinators).").ProducesProblems(400, 403);
        imports.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetRosterImportQuery(id), ct))
            .WithName("GetRosterImport").WithSummary("An import's status, totals, errors (file, line, field) and changes (coordinators).")
            .ProducesProblems(403, 404);
        imports.MapPost("/{id:int}/apply", async (int id, ISender sender, CancellationToken ct) =>
            {
                var import = await sender.Send(new ApplyRosterImportCommand(id), ct);
                return TypedResults.Accepted(import.Url, import);
            })
            .WithName("ApplyRosterImport").WithSummary("Apply the files of a dry run that found no errors, as a new import (coordinators).")
            .ProducesProblems(403, 404, 409);

        var suggestions = app.MapApiGroup("/api/roster/suggestions", "Roster");
        suggestions.MapGet("/", ([AsParameters] ListPathwaySuggestionsQuery query, ISender sender, CancellationToken ct) => sender.Send(query, ct))
            .WithName("ListPathwaySuggestions").WithSummary("Pathway enrolments the students' courses suggest, pending by default (coordinators).")
            .ProducesProblems(400, 403);
        suggestions.MapPost("/confirm", (ConfirmPathwaySuggestionsCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("ConfirmPathwaySuggestions").WithSummary("Enrol the students of these suggestions in their pathways (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        suggestions.MapPost("/dismiss", (DismissPathwaySuggestionsCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("DismissPathwaySuggestions").WithSummary("Turn these suggestions down; they are not made again (coordinators).")
            .ProducesProblems(400, 403, 404, 409);
        return app;
    }

    /// <summary>
    /// The upload: multipart/form-data (else 415) with the zip in 'file' (else 400), at most the size limit (else 413), a
    /// zip (else 415). What is inside the zip is the use case's to judge.
    /// </summary>
    private static async Task<Upload> ReadUploadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("Send the roster as multipart/form-data, the zip in the field 'file'.", StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge();
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A multipart body the framework cannot read (an empty section, no Content-Disposition) was a 500.
            throw new BadHttpRequestException("The form could not be read: send the zip as the multipart/form-data field 'file'.");
        }

        var file = form.Files.GetFile("file")
            ?? throw new ValidationException([new ValidationFailure("file", "Attach the zip of OneRoster files in the form field 'file'.")]);
        if (file.Length > RosterRules.MaxUploadBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (bytes.Length > 0 && !OneRosterPackage.LooksLikeZip(bytes))
        {
            throw new BadHttpRequestException("The file is not a zip archive: upload the zip of OneRoster CSV files as the SIS exported it.",
                StatusCodes.Status415UnsupportedMediaType);
        }

        return new Upload(bytes, file.FileName, form["coordinators"].ToString());
    }

    private static BadHttpRequestException TooLarge() =>
        new($"The zip must be at most {RosterRules.MaxUploadBytes / 1024 / 1024} MB.", StatusCodes.Status413PayloadTooLarge);

    private sealed record Upload(byte[] File, string FileName, string? Coordinators);

    /// <summary>The form an upload sends, for the API document: the zip in 'file', the optional coordinator mapping.</summary>
    private static OpenApiRequestBody UploadForm() => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["multipart/form-data"] = new()
            {
                Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["file"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Format = "binary",
                            Description = "The zip of OneRoster 1.2 CSV files: manifest.csv, orgs.csv, users.csv, roles.csv…",
                        },
                        ["coordinators"] = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Description = "Staff to map to coordinators: sourcedIds, usernames or e-mail addresses, comma-separated.",
                        },
                    },
                },
            },
        },
    };
}
