using Internships.Domain.Documents;

namespace Internships.Application.Common.Files;

/// <summary>
/// What an upload must be, checked by its content and not by its name or the type the browser claims: a signed document
/// is a PDF ("%PDF-"), an image a PNG (its 8-byte signature; so never an SVG, which could carry script), each within its size.
/// </summary>
public static class UploadRules
{
    public const int MaxDocumentBytes = 5 * 1024 * 1024;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPdf(ReadOnlySpan<byte> content) => content.StartsWith(PdfSignature);

    public static bool IsPng(ReadOnlySpan<byte> content) => content.StartsWith(PngSignature);

    /// <summary>
    /// An optional signed document: when there is one, it is a PDF of at most 5 MB. <paramref name="whatKey"/> is the
    /// ValidationText key of its name as the page says it ("Uploads.SignedAgreement": "The signed agreement"), which the
    /// messages begin with, in the request's language (the names are all masculine in Spanish, as the messages assume).
    /// </summary>
    public static IRuleBuilderOptions<T, UploadedFile?> SignedPdf<T>(this IRuleBuilder<T, UploadedFile?> rule, string whatKey) =>
        rule.Must(f => f is null || f.Content.Length > 0).WithMessage(_ => ValidationText.Format("Uploads.Empty", ValidationText.Get(whatKey)))
            .Must(f => f is null || f.Content.Length <= MaxDocumentBytes)
            .WithMessage(_ => ValidationText.Format("Uploads.TooLarge", ValidationText.Get(whatKey), MaxDocumentBytes / 1024 / 1024))
            .Must(f => f is null || f.Content.Length == 0 || IsPdf(f.Content)).WithMessage(_ => ValidationText.Format("Uploads.NotPdf", ValidationText.Get(whatKey)))
            .Must(f => f is null || f.FileName.Length <= 260).WithMessageKey("Uploads.NameTooLong");

    /// <summary>Keeps an uploaded PDF in the database, to be referred to by the record it belongs to (committed with it).</summary>
    public static StoredFile StorePdf(this IAppDbContext db, UploadedFile file, ICurrentUser user, DateTime now)
    {
        var stored = new StoredFile(file.FileName, StoredFile.PdfContentType, file.Content, user.AccountName(), now);
        db.StoredFiles.Add(stored);
        return stored;
    }

    /// <summary>Deletes a file no record refers to any more (one a new upload replaced).</summary>
    public static async Task RemoveStoredFileAsync(this IAppDbContext db, Guid? fileId, CancellationToken cancellationToken)
    {
        if (fileId is { } id && await db.StoredFiles.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is { } file)
        {
            db.StoredFiles.Remove(file);
        }
    }

    /// <summary>A stored file as a download, or 404 when there is none.</summary>
    public static async Task<FileDownload> ReadStoredFileAsync(this IAppDbContext db, Guid? fileId, string missing, CancellationToken cancellationToken) =>
        fileId is { } id
            ? await db.StoredFiles.AsNoTracking().Where(f => f.Id == id).Select(f => new FileDownload(f.FileName, f.ContentType, f.Content))
                .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(missing)
            : throw new NotFoundException(missing);
}
