using Internships.Domain.Placements;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>Who provides each placement document, in a student's words: what a pending placement is waiting for, and from whom.</summary>
public static class PaperworkWords
{
    public static string FromWhom(PlacementDocumentType type) => type switch
    {
        PlacementDocumentType.WorkPermit => Display.Shared("Paperwork.WorkPermit"),
        PlacementDocumentType.GuardianConsent => Display.Shared("Paperwork.GuardianConsent"),
        PlacementDocumentType.TrainingAgreement => Display.Shared("Paperwork.TrainingAgreement"),
        _ => Display.Words(type),
    };
}
