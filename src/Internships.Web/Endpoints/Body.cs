using FluentValidation;
using FluentValidation.Results;

namespace Internships.Web.Endpoints;

/// <summary>Reads a raw (non-JSON) request body of one media type, with a size limit: an upload's binding.</summary>
internal static class Body
{
    public static async Task<byte[]> ReadBytesAsync(HttpRequest request, string mediaType, int maxBytes, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), mediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException($"Send the body as {mediaType}.", StatusCodes.Status415UnsupportedMediaType);
        }

        // The host takes bodies of up to 1 MB; an upload that may be larger says so before its body is read.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit
            && limit.MaxRequestBodySize < maxBytes + 1)
        {
            limit.MaxRequestBodySize = maxBytes + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ValidationException([new ValidationFailure("body", $"The body must be at most {maxBytes / 1024} KB.")]);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static async Task<string> ReadTextAsync(HttpRequest request, string mediaType, int maxBytes, CancellationToken cancellationToken) =>
        System.Text.Encoding.UTF8.GetString(await ReadBytesAsync(request, mediaType, maxBytes, cancellationToken));

    /// <summary>An uploaded file sent as the raw body: its name from Content-Disposition when the client gives one.</summary>
    public static async Task<Application.Common.Files.UploadedFile> ReadUploadAsync(HttpRequest request, string mediaType, string defaultName, int maxBytes,
        CancellationToken cancellationToken)
    {
        var content = await ReadBytesAsync(request, mediaType, maxBytes, cancellationToken);
        var name = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar.Value ?? disposition.FileName.Value)?.Trim('"')
            : null;
        return new Application.Common.Files.UploadedFile(string.IsNullOrWhiteSpace(name) ? defaultName : name, content);
    }

    /// <summary>A stored file as a download, with its name.</summary>
    public static IResult Download(Application.Common.Files.FileDownload file) => TypedResults.File(file.Content, file.ContentType, file.FileName);
}
