namespace Internships.Application.Common.Files;

/// <summary>A file a person uploaded (with a page's form, or as an API request's body), as a use case receives it.</summary>
public sealed record UploadedFile(string FileName, byte[] Content);

/// <summary>A stored file to send back as a download.</summary>
public sealed record FileDownload(string FileName, string ContentType, byte[] Content);
