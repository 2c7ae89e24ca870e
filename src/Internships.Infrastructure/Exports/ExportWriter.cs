using System.Globalization;
using System.Text;
using Internships.Application.Common.Exports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Internships.Infrastructure.Exports;

/// <summary>
/// Every export's writer. CSV: UTF-8 with a byte-order mark (so spreadsheets read accents), RFC 4180 quoting, ISO dates,
/// invariant numbers, and any text cell that starts with = + - @, a tab or a carriage return prefixed with an apostrophe
/// so a spreadsheet shows it as text instead of running it as a formula. XLSX (MiniExcel): one sheet, typed cells: text is
/// stored as text, never as a formula.
/// </summary>
internal sealed class ExportWriter : IExportWriter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public ExportFile Write(ExportTable table, ExportFormat format) => format switch
    {
        ExportFormat.Csv => new ExportFile(Csv(table), "text/csv; charset=utf-8", table.Name + ".csv"),
        _ => new ExportFile(Xlsx(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", table.Name + ".xlsx"),
    };

    private static byte[] Csv(ExportTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', table.Headers.Select(Quote)).Append("\r\n");
        foreach (var row in table.Rows)
        {
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>A value as CSV text: numbers and dates as they are, text escaped against formulas, then quoted when needed.</summary>
    internal static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "Yes" : "No",
        decimal or int or long or double => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => Quote(Neutralise(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")),
    };

    internal static string Neutralise(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private static byte[] Xlsx(ExportTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(table.Headers.Count);
            for (var i = 0; i < table.Headers.Count; i++)
            {
                cells[table.Headers[i]] = row[i] switch
                {
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    bool b => b ? "Yes" : "No",
                    var v => v,
                };
            }

            return cells;
        }).ToList();

        if (rows.Count == 0)
        {
            // MiniExcel takes the headings from the rows: an empty list is written as its headings over one empty row.
            rows.Add(table.Headers.ToDictionary(h => h, _ => (object?)null));
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, sheetName: SheetName(table.Name));
        return stream.ToArray();
    }

    private static string SheetName(string name) => name.Length > 31 ? name[..31] : name;
}

internal static class ExportsRegistration
{
    public static IServiceCollection AddExports(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        services.AddSingleton<IExportWriter, ExportWriter>();
        var calpads = configuration.GetSection("Calpads");
        services.AddSingleton(new Application.Features.StateReporting.CalpadsSettings(
            calpads.GetValue("LeaSponsored", true),
            calpads.GetValue("CertifiedSupervised", false),
            calpads.GetSection("EvaluationCodes").Get<Dictionary<string, string>>() ?? []));
        return services;
    }
}
