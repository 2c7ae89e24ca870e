namespace Internships.Domain.Reports;

public enum ReportKind
{
    /// <summary>One placement: the intern, the employer, hours, earnings, evaluations, badges.</summary>
    Placement,

    /// <summary>A term's placements district-wide, for coordinators.</summary>
    TermSummary,
}

public enum ReportStatus
{
    Queued,
    Running,
    Ready,
    Failed,
}

/// <summary>
/// A PDF report someone asked for (or the term-end schedule did): queued when requested, produced by a background
/// job, then ready to download or failed with the reason. The file itself is a <see cref="ReportFile"/>, kept apart
/// so listing reports never reads the PDFs.
/// </summary>
public sealed class Report : Entity
{
    public const int MaxErrorLength = 2000;

    private Report() { }

    private Report(ReportKind kind, int? placementId, ReportTerm? term, string requestedBy, int? requestedByUserId, DateTime now)
    {
        Kind = kind;
        PlacementId = placementId;
        TermName = term?.Name;
        TermStart = term?.Start;
        TermEnd = term?.End;
        RequestedBy = requestedBy;
        RequestedByUserId = requestedByUserId;
        RequestedAt = now;
        Status = ReportStatus.Queued;
    }

    public ReportKind Kind { get; private set; }

    /// <summary>The language the report is written in ("en-US", "es-US"), chosen when it was asked for.</summary>
    public string Language { get; private set; } = "en-US";

    /// <summary>The placement a placement report is about; null for a term summary.</summary>
    public int? PlacementId { get; private set; }

    public string? TermName { get; private set; }

    public DateOnly? TermStart { get; private set; }

    public DateOnly? TermEnd { get; private set; }

    public ReportStatus Status { get; private set; }

    /// <summary>Who asked: the account's user name, or "schedule" for the term-end job.</summary>
    public string RequestedBy { get; private set; } = "";

    public int? RequestedByUserId { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>How many times a job has started producing it.</summary>
    public int Attempts { get; private set; }

    public string? Error { get; private set; }

    public string? FileName { get; private set; }

    public long? FileSize { get; private set; }

    public int? PageCount { get; private set; }

    public ReportTerm? Term => TermName is not null && TermStart is { } start && TermEnd is { } end ? new ReportTerm(TermName, start, end) : null;

    public static Report ForPlacement(int placementId, string requestedBy, int? requestedByUserId, DateTime now, string language = "en-US") =>
        new(ReportKind.Placement, placementId, null, requestedBy, requestedByUserId, now) { Language = language };

    public static Report ForTerm(ReportTerm term, string requestedBy, int? requestedByUserId, DateTime now, string language = "en-US") =>
        new(ReportKind.TermSummary, null, term, requestedBy, requestedByUserId, now) { Language = language };

    /// <summary>Whether a job still has work to do; a ready report is never produced again.</summary>
    public bool NeedsProducing => Status is not ReportStatus.Ready;

    /// <summary>A job starts (or restarts after a failure or a crash) producing it.</summary>
    public void Start(DateTime now)
    {
        if (Status == ReportStatus.Ready)
        {
            throw new InvalidStateTransitionException("report", "ready", "produced again");
        }

        Status = ReportStatus.Running;
        StartedAt = now;
        Attempts++;
        Error = null;
    }

    public ReportFile Complete(byte[] pdf, string fileName, int pageCount, DateTime now)
    {
        if (Status != ReportStatus.Running)
        {
            throw new InvalidStateTransitionException("report", Status.ToString().ToLowerInvariant(), "completed (only a running one can be)");
        }

        Status = ReportStatus.Ready;
        CompletedAt = now;
        FileName = fileName;
        FileSize = pdf.LongLength;
        PageCount = pageCount;
        return new ReportFile(this, pdf);
    }

    public void Fail(string error, DateTime now)
    {
        if (Status == ReportStatus.Ready)
        {
            return;
        }

        Status = ReportStatus.Failed;
        CompletedAt = now;
        Error = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
    }
}

/// <summary>A report's PDF, stored in the database beside it (one row per report).</summary>
public sealed class ReportFile
{
    private ReportFile() { }

    internal ReportFile(Report report, byte[] content)
    {
        Report = report;
        Content = content;
    }

    public int ReportId { get; private set; }

    public Report? Report { get; private set; }

    public byte[] Content { get; private set; } = [];
}

/// <summary>A named period of the school year; a term summary covers the placements that overlap it.</summary>
public sealed record ReportTerm(string Name, DateOnly Start, DateOnly End)
{
    public bool Overlaps(DateOnly start, DateOnly end) => start <= End && end >= Start;
}
