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
