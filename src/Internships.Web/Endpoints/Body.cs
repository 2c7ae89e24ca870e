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
}
