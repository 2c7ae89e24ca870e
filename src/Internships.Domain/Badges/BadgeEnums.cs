namespace Internships.Domain.Badges;

/// <summary>What a badge recognises.</summary>
public enum BadgeKind
{
    /// <summary>A finished internship or programme.</summary>
    Completion,

    /// <summary>A skill shown.</summary>
    Competency,

    /// <summary>A long-term project that grew the person or their organisation.</summary>
    Capacity,
}

public enum BadgeRecipientType
{
    Student,

    /// <summary>An organisation, such as an employer partner or an agency whose staff completed a programme.</summary>
    Organisation,

    /// <summary>An adult with an account who is not one of the district's students (a trainer, after-school staff, a supervisor).</summary>
    Person,
}

public enum EvidenceKind
{
    /// <summary>The internship itself: employer, dates, hours.</summary>
    Placement,

    /// <summary>What the student did, from their approved timesheets.</summary>
    TasksPerformed,

    /// <summary>The supervisor's words from the final evaluation.</summary>
    Testimonial,

    /// <summary>Work the student links to: a video, written work, a portfolio.</summary>
    Artefact,

    /// <summary>A coordinator's note on a manual award.</summary>
    Narrative,

    /// <summary>A step of a micro-credential programme: a session attended, a module, coaching, an observation.</summary>
    ProgrammeStep,
}
