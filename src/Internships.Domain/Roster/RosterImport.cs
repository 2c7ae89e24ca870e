namespace Internships.Domain.Roster;

public enum RosterImportStatus
{
    /// <summary>Uploaded and waiting for (or being read by) the import job.</summary>
    Queued,

    /// <summary>Read without errors: applied, or for a dry run, ready to be applied.</summary>
    Succeeded,

    /// <summary>The files have errors (listed); nothing was applied.</summary>
    Failed,
}

/// <summary>How the SIS sent a file (the manifest's <c>file.*</c> value): the whole set, only changes, or not at all.</summary>
public enum RosterFileMode
{
    Absent,
    Bulk,
    Delta,
}

public enum RosterEntity
{
    School,
    Student,
    Coordinator,
}

public enum RosterChangeKind
{
    Created,
    Updated,
    Deactivated,
}

/// <summary>What an import did (or, for a dry run, would do) to one kind of record.</summary>
public sealed record RosterTally(int Created, int Updated, int Unchanged, int Deactivated)
{
    public static readonly RosterTally None = new(0, 0, 0, 0);
}

/// <summary>The outcome of reading a roster that had no errors.</summary>
public sealed record RosterOutcome(RosterFileMode Mode, RosterTally Schools, RosterTally Students, RosterTally Coordinators, int SkippedUsers,
    int Suggestions);

/// <summary>
/// One upload of the OneRoster files a student information system exports (a zip), and what importing it did. The
/// zip is kept beside it (<see cref="RosterImportFile"/>), written in the same transaction, so the import job (or a
/// second node, or a retry after a crash) always finds it. A dry run reports the changes without making them; a
/// file with errors changes nothing at all.
/// </summary>
public sealed class RosterImport : Entity, IConcurrencyVersioned
{
    public const int MaxStoredErrors = 1000;
    public const int MaxStoredChanges = 500;
    public const int MaxMappingLength = 4000;
    public const int MaxFileNameLength = 200;

    private readonly List<RosterImportError> _errors = [];
    private readonly List<RosterImportChange> _changes = [];

    private RosterImport() { }

    private RosterImport(string fileName, long fileSize, bool dryRun, string? coordinatorMapping, string requestedBy, int? requestedByUserId,
        DateTime now, int? previewOfImportId)
    {
        FileName = fileName.Length > MaxFileNameLength ? fileName[..MaxFileNameLength] : fileName;
        FileSize = fileSize;
        DryRun = dryRun;
        CoordinatorMapping = string.IsNullOrWhiteSpace(coordinatorMapping) ? null : coordinatorMapping.Trim();
        RequestedBy = requestedBy;
        RequestedByUserId = requestedByUserId;
        RequestedAt = now;
        PreviewOfImportId = previewOfImportId;
        Status = RosterImportStatus.Queued;
    }

    public string FileName { get; private set; } = "";

    public long FileSize { get; private set; }

    /// <summary>Report the changes, make none.</summary>
    public bool DryRun { get; private set; }

    /// <summary>The staff this upload maps to coordinators (sourcedIds, usernames or e-mail addresses), besides the configured ones.</summary>
    public string? CoordinatorMapping { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public int? RequestedByUserId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>The dry run this import applies, when it was started from one.</summary>
    public int? PreviewOfImportId { get; private set; }

    public RosterImportStatus Status { get; private set; }

    /// <summary>How the users came: bulk (every student; those missing are deactivated) or delta (changes only).</summary>
    public RosterFileMode Mode { get; private set; }

    public RosterTally Schools { get; private set; } = RosterTally.None;

    public RosterTally Students { get; private set; } = RosterTally.None;

    public RosterTally Coordinators { get; private set; } = RosterTally.None;

    /// <summary>Users the programme does not take: students outside grades 9–12, staff not mapped to a role, parents…</summary>
    public int SkippedUsers { get; private set; }

    /// <summary>Pathway enrolments suggested by students' courses, for a coordinator to confirm.</summary>
    public int Suggestions { get; private set; }

    /// <summary>Every error found; the first <see cref="MaxStoredErrors"/> are kept in <see cref="Errors"/>.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Every change made (or, dry, to make); the first <see cref="MaxStoredChanges"/> are kept in <see cref="Changes"/>.</summary>
    public int ChangeCount { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyCollection<RosterImportError> Errors => _errors;

    public IReadOnlyCollection<RosterImportChange> Changes => _changes;

    public bool IsDone => Status != RosterImportStatus.Queued;

    /// <summary>A new upload, with its zip.</summary>
    public static RosterImportFile Upload(byte[] zip, string fileName, bool dryRun, string? coordinatorMapping, string requestedBy, int? requestedByUserId,
        DateTime now)
    {
        var import = new RosterImport(fileName, zip.LongLength, dryRun, coordinatorMapping, requestedBy, requestedByUserId, now, null);
        return new RosterImportFile(import, zip);
    }

    /// <summary>Applies the files of a dry run that found no errors: a new import of the same zip and mapping, read afresh.</summary>
    public RosterImportFile Apply(byte[] zip, string requestedBy, int? requestedByUserId, DateTime now)
    {
        if (!DryRun)
        {
            throw new DomainRuleException(RuleKeys.Roster.NotADryRun, "This import was not a dry run: it has already been applied.");
        }

        if (Status != RosterImportStatus.Succeeded)
        {
            throw Status == RosterImportStatus.Queued
                ? new DomainRuleException(RuleKeys.Roster.DryRunStillRead, "The dry run is still being read; apply it once it has finished.")
                : new DomainRuleException(RuleKeys.Roster.DryRunFoundErrors, "The dry run found errors; correct the files and upload them again.");
        }

        var import = new RosterImport(FileName, zip.LongLength, dryRun: false, CoordinatorMapping, requestedBy, requestedByUserId, now, Id);
        return new RosterImportFile(import, zip);
    }

    /// <summary>The files were read without errors: what was done (or, dry, would be).</summary>
    public void Succeed(RosterOutcome outcome, IReadOnlyList<(RosterEntity Entity, RosterChangeKind Kind, string SourcedId, string Name, string? Detail)> changes,
        DateTime now)
    {
        EnsureQueued();
        Mode = outcome.Mode;
        Schools = outcome.Schools;
        Students = outcome.Students;
        Coordinators = outcome.Coordinators;
        SkippedUsers = outcome.SkippedUsers;
        Suggestions = outcome.Suggestions;
        ChangeCount = changes.Count;
        _changes.AddRange(changes.Take(MaxStoredChanges).Select(c => new RosterImportChange(c.Entity, c.Kind, c.SourcedId, c.Name, c.Detail)));
        Status = RosterImportStatus.Succeeded;
        CompletedAt = now;
    }

    /// <summary>The files have errors: they are listed, and nothing is applied.</summary>
    public void Fail(RosterFileMode mode, IReadOnlyList<(string File, int? Line, string? Field, string Message)> errors, DateTime now)
    {
        EnsureQueued();
        if (errors.Count == 0)
        {
            throw new DomainRuleException(RuleKeys.Roster.FailsWithErrors, "An import fails with the errors that made it fail.");
        }

        Mode = mode;
        ErrorCount = errors.Count;
        _errors.AddRange(errors.Take(MaxStoredErrors).Select(e => new RosterImportError(e.File, e.Line, e.Field, e.Message)));
        Status = RosterImportStatus.Failed;
        CompletedAt = now;
    }

    private void EnsureQueued()
    {
        if (IsDone)
        {
            throw new InvalidStateTransitionException("roster import", Status.ToString().ToLowerInvariant(), "read again");
        }
    }
}

/// <summary>The zip of a roster import, kept in the database beside it (one row per import).</summary>
public sealed class RosterImportFile
{
    private RosterImportFile() { }

    internal RosterImportFile(RosterImport import, byte[] content)
    {
        Import = import;
        Content = content;
    }

    public int ImportId { get; private set; }

    public RosterImport? Import { get; private set; }

    public byte[] Content { get; private set; } = [];
}

/// <summary>A problem with one row (or column, or file) of a roster: the file, its line (1 is the header), the field.</summary>
public sealed class RosterImportError
{
    public const int MaxMessageLength = 500;

    private RosterImportError() { }

    internal RosterImportError(string file, int? line, string? field, string message)
    {
        File = file;
        Line = line;
        Field = field;
        Message = message.Length > MaxMessageLength ? message[..MaxMessageLength] : message;
    }

    public long Id { get; private set; }

    public int ImportId { get; private set; }

    public string File { get; private set; } = "";

    public int? Line { get; private set; }

    public string? Field { get; private set; }

    public string Message { get; private set; } = "";
}

/// <summary>One record an import created, changed or deactivated (or, dry, would), for the coordinator to review.</summary>
public sealed class RosterImportChange
{
    public const int MaxDetailLength = 500;

    private RosterImportChange() { }

    internal RosterImportChange(RosterEntity entity, RosterChangeKind kind, string sourcedId, string name, string? detail)
    {
        Entity = entity;
        Kind = kind;
        SourcedId = sourcedId;
        Name = name;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
    }

    public long Id { get; private set; }

    public int ImportId { get; private set; }

    public RosterEntity Entity { get; private set; }

    public RosterChangeKind Kind { get; private set; }

    public string SourcedId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Detail { get; private set; }
}
