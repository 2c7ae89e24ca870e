using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster.OneRoster;

/// <summary>
/// The zip a student information system exports in the OneRoster 1.2 CSV binding: <c>manifest.csv</c> (property,
/// value pairs: <c>oneroster.version</c>, and <c>file.users</c> = bulk | delta | absent for each file), and the data
/// files at the root of the zip, each with a header row. This class reads the zip and its CSV (RFC 4180, UTF-8);
/// what the rows mean is <see cref="OneRosterReader"/>'s business.
/// </summary>
public sealed class OneRosterPackage : IDisposable
{
    public const string ManifestFile = "manifest.csv";

    private static readonly CsvConfiguration CsvSettings = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = true,
        MissingFieldFound = null,
        HeaderValidated = null,
        DetectColumnCountChanges = false,
        IgnoreBlankLines = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, RosterFileMode> _modes = new(StringComparer.Ordinal);
    private readonly List<RosterIssue> _manifestIssues = [];

    private OneRosterPackage(ZipArchive zip)
    {
        _zip = zip;
        ReadManifest();
    }

    /// <summary>The <c>oneroster.version</c> the manifest names.</summary>
    public string? Version { get; private set; }

    /// <summary>Opens a zip; <see cref="InvalidDataException"/> when the bytes are not one.</summary>
    public static OneRosterPackage Open(byte[] zip) => new(new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read));

    /// <summary>Whether the bytes start as a zip archive does ("PK\x03\x04", or an empty archive's "PK\x05\x06").</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));

    /// <summary>How the manifest says a file was sent; a file the manifest does not mention is absent.</summary>
    public RosterFileMode ModeOf(OneRosterTable table) => _modes.GetValueOrDefault(table.ManifestKey, RosterFileMode.Absent);

    /// <summary>
    /// What makes the upload unreadable as a whole, found without reading its rows: no manifest, another OneRoster
    /// version, a file the manifest lists but the zip lacks, users without their roles, a header without a column the
    /// specification requires. Quick enough to answer while the upload waits.
    /// </summary>
    public IReadOnlyList<RosterIssue> CheckStructure()
    {
        var issues = new List<RosterIssue>(_manifestIssues);
        if (issues.Count > 0)
        {
            return issues;
        }

        if (ModeOf(OneRosterTable.Users) != RosterFileMode.Absent && ModeOf(OneRosterTable.Roles) == RosterFileMode.Absent)
        {
            issues.Add(new RosterIssue(ManifestFile, null, OneRosterTable.Roles.ManifestKey,
                "users.csv is sent but roles.csv is not: in OneRoster 1.2 a user's roles (student, teacher…) are rows of roles.csv."));
        }

        foreach (var table in OneRosterTable.All)
        {
            var mode = ModeOf(table);
            if (mode == RosterFileMode.Absent)
            {
                continue;
            }

            var entry = _zip.GetEntry(table.FileName);
            if (entry is null)
            {
                issues.Add(new RosterIssue(table.FileName, null, null,
                    $"The manifest says {table.FileName} is sent ({mode.ToString().ToLowerInvariant()}), but the zip has no {table.FileName} at its root."));
                continue;
            }

            var header = ReadHeader(entry);
            if (header is null)
            {
                issues.Add(new RosterIssue(table.FileName, 1, null, $"{table.FileName} is empty: it needs a header row."));
                continue;
            }

            issues.AddRange(table.RequiredIn(mode).Where(column => !header.Contains(column))
                .Select(column => new RosterIssue(table.FileName, 1, column,
                    $"{table.FileName} has no column '{column}', which OneRoster 1.2 requires"
                    + (mode == RosterFileMode.Delta && column is OneRosterTable.Status or OneRosterTable.DateLastModified ? " in a delta file." : "."))));
        }

        return issues;
    }

    /// <summary>
    /// The rows of a file the manifest lists (none when it is absent), each with its line number; a row whose quoting
    /// is broken is reported and left out.
    /// </summary>
    public IEnumerable<CsvRecord> Read(OneRosterTable table, List<RosterIssue> issues)
    {
        if (ModeOf(table) == RosterFileMode.Absent || _zip.GetEntry(table.FileName) is not { } entry)
        {
            yield break;
        }

        foreach (var record in ReadRecords(entry, table.FileName, issues))
        {
            yield return record;
        }
    }

    public void Dispose() => _zip.Dispose();

    private void ReadManifest()
    {
        if (_zip.GetEntry(ManifestFile) is not { } manifest)
        {
            _manifestIssues.Add(new RosterIssue(ManifestFile, null, null,
                "The zip has no manifest.csv at its root: a OneRoster export lists its files there (propertyName,value)."));
            return;
        }

        foreach (var record in ReadRecords(manifest, ManifestFile, _manifestIssues))
        {
            if (!record.Has("propertyName") || !record.Has("value"))
            {
                _manifestIssues.Add(new RosterIssue(ManifestFile, 1, null, "manifest.csv needs the columns 'propertyName' and 'value'."));
                return;
            }

            var property = record["propertyName"];
            var value = record["value"];
            if (property == "oneroster.version")
            {
                Version = value;
            }
            else if (property.StartsWith("file.", StringComparison.Ordinal))
            {
                if (ParseMode(value) is { } mode)
                {
                    _modes[property] = mode;
                }
                else
                {
                    _manifestIssues.Add(new RosterIssue(ManifestFile, record.Line, property, $"'{value}' is not a file mode: use bulk, delta or absent."));
                }
            }
        }

        if (Version is null)
        {
            _manifestIssues.Add(new RosterIssue(ManifestFile, null, "oneroster.version", "The manifest does not say which OneRoster version the files follow."));
        }
        else if (Version != "1.2" && !Version.StartsWith("1.2.", StringComparison.Ordinal))
        {
            _manifestIssues.Add(new RosterIssue(ManifestFile, null, "oneroster.version",
                $"The files follow OneRoster {Version}; export them as OneRoster 1.2 (users with their roles in roles.csv)."));
        }
    }

    private static RosterFileMode? ParseMode(string value) => value.Trim().ToLowerInvariant() switch
    {
        "bulk" => RosterFileMode.Bulk,
        "delta" => RosterFileMode.Delta,
        "absent" or "" => RosterFileMode.Absent,
        _ => null,
    };

    private static HashSet<string>? ReadHeader(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, CsvSettings);
        return csv.Read() && csv.ReadHeader() ? csv.HeaderRecord!.Select(h => h.Trim()).ToHashSet(StringComparer.Ordinal) : null;
    }

    private static IEnumerable<CsvRecord> ReadRecords(ZipArchiveEntry entry, string file, List<RosterIssue> issues)
    {
        var broken = false;
        var settings = CsvSettings with { BadDataFound = _ => broken = true };
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, settings);
        if (!csv.Read() || !csv.ReadHeader())
        {
            yield break;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = csv.HeaderRecord!;
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var lastLine = csv.Parser.RawRow;
        while (csv.Read())
        {
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            if (broken)
            {
                broken = false;
                issues.Add(new RosterIssue(file, line, null, "The row's quotes are unbalanced: a field with a comma, quote or line break is quoted, and a quote inside it doubled (\"\")."));
                continue;
            }

            yield return new CsvRecord(line, columns, csv.Parser);
        }
    }
}

/// <summary>
/// One data row of a OneRoster file: its line in the file and its values by column name ("" when absent). It reads
/// from the parser's current row, so it is valid only until the next row is read: a column the import never looks at
/// is never made into a string.
/// </summary>
public sealed class CsvRecord(int line, IReadOnlyDictionary<string, int> columns, IParser parser)
{
    public int Line { get; } = line;

    public string this[string column] =>
        columns.TryGetValue(column, out var index) && index < parser.Count ? parser[index]!.Trim() : "";

    public bool Has(string column) => columns.ContainsKey(column);
}
