using Internships.Domain.Audit;

namespace Internships.Application.Common.Exports;

/// <summary>The spreadsheet formats a list can be downloaded in.</summary>
public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>One column of an export: its heading and how a row gives its value (text, number, date, or nothing).</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>A file ready to download.</summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>A table, whatever it lists: headings and rows of values.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Writes a table as CSV or XLSX (the infrastructure's one writer for every export).</summary>
public interface IExportWriter
{
    ExportFile Write(ExportTable table, ExportFormat format);
}

/// <summary>
/// The one way a list is exported: its rows (filtered by the list's own query) become a table in the asked format, and
/// the export is written to the audit trail (who took which list, with what filter, how many rows), since a list of
/// students or placements is their education records leaving the product.
/// </summary>
public sealed class Exporter(IExportWriter writer, IAuditTrail trail, ICurrentUser user, IClock clock)
{
    /// <summary>The most rows one export holds; a filter narrows a larger list.</summary>
    public const int MaxRows = 50_000;

    private static readonly System.Text.Json.JsonSerializerOptions FilterJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<ExportFile> ExportAsync<T>(string name, object filter, IReadOnlyList<ExportColumn<T>> columns, IReadOnlyList<T> rows,
        ExportFormat format, CancellationToken cancellationToken)
    {
        var table = new ExportTable(name, columns.Select(c => c.Header).ToList(),
            rows.Select(row => (IReadOnlyList<object?>)columns.Select(c => c.Value(row)).ToList()).ToList());
        var file = writer.Write(table, format);
        var summary = $"{rows.Count} rows as {format}; filter {System.Text.Json.JsonSerializer.Serialize(filter, FilterJson)}";
        await trail.RecordAsync([new AuditEntry(clock.UtcNow, user.UserId, user.UserName, AuditAction.Exported, "Export", name,
            summary.Length > 500 ? summary[..500] : summary, [])], cancellationToken);
        return file;
    }
}
