namespace Internships.Domain.Evaluations;

/// <summary>A career-readiness competency supervisors rate from 1 to 4. Coordinators edit the rubric.</summary>
public sealed class RubricCompetency : Entity
{
    public const int LowestScore = 1;
    public const int HighestScore = 4;

    /// <summary>The rubric a new district starts with.</summary>
    public static readonly IReadOnlyList<(string Key, string Name, string Description)> Defaults =
    [
        ("communication", "Communication", "Speaks and writes clearly; listens and asks questions."),
        ("collaboration", "Collaboration", "Works well with others toward shared goals."),
        ("professionalism", "Professionalism", "Punctual, reliable, dresses and behaves for the workplace."),
        ("problem-solving", "Problem solving", "Understands problems, tries solutions, asks for help when stuck."),
        ("time-management", "Time management", "Plans work, meets deadlines, uses time well."),
        ("technical-skills", "Technical skills", "Learns and applies the tools and skills of the job."),
    ];

    private RubricCompetency() { }

    public RubricCompetency(string key, string name, string description, int sortOrder)
    {
        Key = key.Trim().ToLowerInvariant();
        Update(name, description, sortOrder, isActive: true);
    }

    /// <summary>A stable slug (award rules and alignments refer to it).</summary>
    public string Key { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    public int SortOrder { get; private set; }

    /// <summary>Retired competencies stay on past evaluations but are no longer asked for.</summary>
    public bool IsActive { get; private set; }

    public void Update(string name, string description, int sortOrder, bool isActive)
    {
        Name = name.Trim();
        Description = description.Trim();
        SortOrder = sortOrder;
        IsActive = isActive;
    }
}
