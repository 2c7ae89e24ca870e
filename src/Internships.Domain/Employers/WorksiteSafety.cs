namespace Internships.Domain.Employers;

/// <summary>What the district checks at a worksite before it hosts interns (most of them minors).</summary>
public enum WorksiteSafetyItem
{
    /// <summary>The worksite's hazards were walked through and assessed.</summary>
    HazardAssessment,

    /// <summary>The intern gets a safety orientation on their first day.</summary>
    SafetyOrientation,

    /// <summary>Protective equipment the work needs is provided.</summary>
    ProtectiveEquipment,

    /// <summary>Emergency procedures and contacts are posted where interns work.</summary>
    EmergencyProcedures,

    /// <summary>The hours and tasks minors may not do were reviewed with the supervisors.</summary>
    MinorWorkRules,
}

/// <summary>One item of the worksite-safety checklist, checked on a day by someone from the district.</summary>
public sealed class WorksiteSafetyCheck
{
    private WorksiteSafetyCheck() { }

    internal WorksiteSafetyCheck(WorksiteSafetyItem item, DateOnly checkedOn, string checkedBy)
    {
        Item = item;
        CheckedOn = checkedOn;
        CheckedBy = checkedBy;
    }

    public int EmployerId { get; private set; }

    public WorksiteSafetyItem Item { get; private set; }

    public DateOnly CheckedOn { get; private set; }

    public string CheckedBy { get; private set; } = "";
}
