namespace Internships.Domain.Placements;

/// <summary>
/// A document a coordinator has seen and verified: what it is, the date on it, when it expires (a work permit does), who
/// verified it, and the signed copy when one was uploaded (a <see cref="Documents.StoredFile"/>).
/// </summary>
public sealed class PlacementDocument
{
    private PlacementDocument() { }

    internal PlacementDocument(PlacementDocumentType type, DateOnly receivedOn, DateOnly? expiresOn, Guid? fileId, string verifiedBy, DateTime recordedAt)
    {
        Type = type;
        ReceivedOn = receivedOn;
        ExpiresOn = expiresOn;
        FileId = fileId;
        VerifiedBy = verifiedBy;
        RecordedAt = recordedAt;
    }

    public int PlacementId { get; private set; }

    internal void Correct(DateOnly receivedOn, DateOnly? expiresOn, Guid? fileId, string verifiedBy, DateTime recordedAt)
    {
        ReceivedOn = receivedOn;
        ExpiresOn = expiresOn;
        FileId = fileId;
        VerifiedBy = verifiedBy;
        RecordedAt = recordedAt;
    }

    public PlacementDocumentType Type { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public Guid? FileId { get; private set; }

    public string VerifiedBy { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}
