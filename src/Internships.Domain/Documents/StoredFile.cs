namespace Internships.Domain.Documents;

/// <summary>
/// A signed document someone uploaded (a partner agreement, a work permit): kept in the database, so it is backed up
/// with the data and every instance serves it, and apart from the record it belongs to, so lists never read files.
/// </summary>
public sealed class StoredFile
{
    public const string PdfContentType = "application/pdf";
    public const int MaxFileNameLength = 200;

    private StoredFile() { }

    public StoredFile(string fileName, string contentType, byte[] content, string uploadedBy, DateTime uploadedAt)
    {
        if (content.Length == 0)
        {
            throw new ArgumentException("A stored file has content.", nameof(content));
        }

        Id = Guid.NewGuid();
        FileName = CleanName(fileName);
        ContentType = contentType;
        Content = content;
        Length = content.Length;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }

    /// <summary>Made here, not by the database, so the record it belongs to can point at it before anything is saved.</summary>
    public Guid Id { get; private set; }

    /// <summary>The name it was uploaded with, without any folder: what a download is called.</summary>
    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public int Length { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public DateTime UploadedAt { get; private set; }

    /// <summary>"C:\scans\permit.pdf" becomes "permit.pdf"; control characters and quotes go; an empty name becomes "document".</summary>
    private static string CleanName(string fileName)
    {
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"').ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "document";
        }

        return name.Length <= MaxFileNameLength ? name : name[^MaxFileNameLength..];
    }
}
