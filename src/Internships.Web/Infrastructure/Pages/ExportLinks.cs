using Internships.Application.Common.Exports;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// A list page's download: the same page, its own filters, the Export handler and a format. Served by the page (the
/// sign-in cookie), by the export use case the API's /export routes send too.
/// </summary>
public static class ExportLinks
{
    public static string For(HttpRequest request, ExportFormat format) => request.Path + QueryString.Create(
        request.Query.Where(q => q.Key is not ("page" or "handler" or "format"))
            .Select(q => new KeyValuePair<string, string?>(q.Key, q.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("handler", "Export"))
            .Append(new KeyValuePair<string, string?>("format", format.ToString()))).ToUriComponent();

    public static FileContentResult File(ExportFile file) => new(file.Content, file.ContentType) { FileDownloadName = file.FileName };
}
