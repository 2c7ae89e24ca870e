namespace Internships.Domain.Placements;

/// <summary>A document a coordinator has seen and verified: what it is, the date on it, and who verified it.</summary>
public sealed class PlacementDocument
{
    private PlacementDocument() { }

    internal PlacementDocument(PlacementDocumentType type, DateOnly receivedOn, string verifiedBy, DateTime recordedAt)
    {
        Type = type;
        ReceivedOn = receivedOn;
        VerifiedBy = verifiedBy;
        RecordedAt = recordedAt;
    }

    public int PlacementId { get; private set; }

    public PlacementDocumentType Type { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string VerifiedBy { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}
