using System.Text;
using Internships.Application.Common.Files;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// Files a page's form posts, handed to the use case as they are: the use case's validator judges their type by their
/// content and their size, and puts its message next to the field. Pages that take uploads raise the host's 1 MB body
/// limit to <see cref="MaxPageBodyBytes"/>; a larger request is a 413 page that says how large a file may be.
/// </summary>
public static class Uploads
{
    /// <summary>Room for a 5 MB document and the form around it, and for a file somewhat too large to be told so beside its field.</summary>
    public const long MaxPageBodyBytes = 8 * 1024 * 1024;

    /// <summary>The chosen file, or null when none was chosen.</summary>
    public static async Task<UploadedFile?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            return null;
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return new UploadedFile(file.FileName, buffer.ToArray());
    }

    /// <summary>A chosen text file (a CSV) as text, or "" when none was chosen. Bytes that are not UTF-8 show as U+FFFD for the validator to refuse.</summary>
    public static async Task<string> ReadTextAsync(IFormFile? file, CancellationToken cancellationToken) =>
        await ReadAsync(file, cancellationToken) is { } upload ? new UTF8Encoding(false, false).GetString(upload.Content) : "";
}
