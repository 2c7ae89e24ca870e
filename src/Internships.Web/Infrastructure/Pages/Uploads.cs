using System.Text;
using Internships.Application.Common.Files;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// Files a page's form posts, handed to the use case: the use case's validator judges their type by their content and
/// their size, and puts its message next to the field. Pages that take uploads raise the host's 1 MB body limit to
/// <see cref="MaxPageBodyBytes"/>, so that a scan several times too large is still told so beside its field: the host
/// refuses a larger request before reading it, and a browser still sending it shows only that the connection was closed.
/// </summary>
public static class Uploads
{
    /// <summary>Room for a scanned document several times over the 5 MB a signed document may be.</summary>
    public const long MaxPageBodyBytes = 20 * 1024 * 1024;

    /// <summary>
    /// At most this much of a file is read: one byte more than the largest upload a use case takes, enough for its
    /// validator to say the file is too large without holding all of it.
    /// </summary>
    private const int MaxBytesRead = UploadRules.MaxDocumentBytes + 1;

    /// <summary>The chosen file, or null when none was chosen.</summary>
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return null;
        }

        await using var stream = file.OpenReadStream();
        var content = new byte[Math.Min(file.Length, MaxBytesRead)];
        await stream.ReadExactlyAsync(content, cancellationToken);
        return new UploadedFile(file.FileName, content);
    }

    /// <summary>A chosen text file (a CSV) as text, or "" when none was chosen. Bytes that are not UTF-8 show as U+FFFD for the validator to refuse.</summary>
    public static async Task<string> ReadTextAsync(IFormFile? file, CancellationToken cancellationToken) =>
        await ReadAsync(file, cancellationToken) is { } upload ? new UTF8Encoding(false, false).GetString(upload.Content) : "";
}
