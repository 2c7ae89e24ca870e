using System.Net;
using System.Text.Json.Nodes;
using UglyToad.PdfPig;

namespace Internships.IntegrationTests.Support;

/// <summary>Requesting a report, waiting for its job, and reading the PDF back as text, page by page.</summary>
internal static class Reports
{
    /// <summary>Polls the report until its job has finished (Ready or Failed); the job server runs in the test host.</summary>
    public static async Task<JsonObject> WaitUntilDoneAsync(ApiClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var report = await client.GetJsonAsync(url);
            var status = report["status"]!.GetValue<string>();
            if (status is "Ready" or "Failed")
            {
                return report;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The report at {url} is still {status} after a minute.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Downloads the report's PDF and extracts the text of each page.</summary>
    public static async Task<List<string>> DownloadPagesAsync(ApiClient client, int reportId)
    {
        var response = await client.GetAsync($"/api/reports/{reportId}/file");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        return PdfText.Pages(await response.Content.ReadAsByteArrayAsync());
    }
}

internal static class PdfText
{
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }
}
