using System.Text;

namespace Internships.BrowserTests.Support;

/// <summary>Files a coordinator uploads in the journeys: a small PDF (it starts "%PDF-", as every PDF does) and things that are not one.</summary>
public static class SamplePdf
{
    public static FilePayload File(string name) => new()
    {
        Name = name,
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n% {name}\ntrailer <</Root 1 0 R>>\n%%EOF\n"),
    };

    /// <summary>A text file wearing a PDF's name.</summary>
    public static FilePayload NotAPdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = "Not really a PDF"u8.ToArray() };

    public static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
