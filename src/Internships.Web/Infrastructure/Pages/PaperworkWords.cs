using Internships.Domain.Placements;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>Who provides each placement document, in a student's words: what a pending placement is waiting for, and from whom.</summary>
public static class PaperworkWords
{
    public static string FromWhom(PlacementDocumentType type) => type switch
    {
        PlacementDocumentType.WorkPermit => "the work permit: ask your school's counselling office; your employer fills in its part",
        PlacementDocumentType.GuardianConsent => "the consent form: signed by your parent or guardian",
        PlacementDocumentType.TrainingAgreement => "the training agreement: signed by you, your employer and the district",
        _ => Display.Words(type),
    };
}
