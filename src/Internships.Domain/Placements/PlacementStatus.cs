namespace Internships.Domain.Placements;

/// <summary>Pending until its paperwork and supervisor are in place, then Active, then Completed or Ended early.</summary>
public enum PlacementStatus
{
    Pending,
    Active,
    Completed,
    Ended,
}

/// <summary>The paperwork a placement needs before the student starts work.</summary>
public enum PlacementDocumentType
{
    /// <summary>A minor's work permit, issued by the school.</summary>
    WorkPermit,

    /// <summary>A parent's or guardian's consent, for a minor.</summary>
    GuardianConsent,

    /// <summary>The training agreement between district, employer and student; every placement needs one.</summary>
    TrainingAgreement,
}

/// <summary>
/// What an active placement still needs before it can complete, as a stable key (the API's <c>completionNeeds</c>): pages
/// write each in the reader's language, where the domain's sentence is English.
/// </summary>
public enum PlacementCompletionNeed
{
    /// <summary>The supervisor's final evaluation is not in yet.</summary>
    FinalEvaluation,

    /// <summary>The approved hours do not reach the required hours yet.</summary>
    ApprovedHours,
}
