namespace Internships.Domain.Programmes;

/// <summary>
/// How many of an organisation's staff have completed a programme: what its organisation badges count. One row per
/// organisation and programme, made when the first of its staff enrols; every completion changes it, so its version
/// makes concurrent completions take turns and the one that reaches a badge's count sees it exactly once.
/// </summary>
public sealed class StaffCompletionTally : Entity, IConcurrencyVersioned
{
    private StaffCompletionTally() { }

    public StaffCompletionTally(int programmeId, int organisationId)
    {
        ProgrammeId = programmeId;
        OrganisationId = organisationId;
    }

    public long Version { get; private set; }

    public int ProgrammeId { get; private set; }

    public int OrganisationId { get; private set; }

    public int Completed { get; private set; }

    /// <summary>One more of its staff completed the programme; the new count.</summary>
    public int Count() => ++Completed;
}
