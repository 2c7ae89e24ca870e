using System.Net.Http.Headers;
using System.Text;

namespace Internships.IntegrationTests.Support;

/// <summary>Small files to upload: a PDF (its content starts "%PDF-", as every PDF does) and things that are not one.</summary>
public static class Pdf
{
    /// <summary>A minimal one-page PDF, different each call so a test can tell two uploads apart.</summary>
    public static byte[] Document(string text = "Signed") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n% {text} {Guid.NewGuid():N}\ntrailer <</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A PNG's signature and a few bytes: an image, whatever its name says.</summary>
    public static readonly byte[] NotAPdf = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    public static ByteArrayContent Body(byte[] content, string mediaType = "application/pdf", string? fileName = null)
    {
        var body = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };
        if (fileName is not null)
        {
            body.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName };
        }

        return body;
    }
}
