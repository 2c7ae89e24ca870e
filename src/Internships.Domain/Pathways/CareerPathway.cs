namespace Internships.Domain.Pathways;

/// <summary>A sequence of courses in an industry sector that internships are aligned with.</summary>
public sealed class CareerPathway : Entity, IConcurrencyVersioned
{
    /// <summary>Bumped on every saved change: the API's ETag and the edit form's hidden field (optimistic concurrency).</summary>
    public long Version { get; private set; }

    private CareerPathway() { }

    public CareerPathway(string name, IndustrySector sector, string? description, IEnumerable<string> courseSequence)
    {
        Update(name, sector, description, courseSequence);
    }

    public string Name { get; private set; } = "";

    public IndustrySector Sector { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Course titles in the order students take them.</summary>
    public List<string> CourseSequence { get; private set; } = [];

    public void Update(string name, IndustrySector sector, string? description, IEnumerable<string> courseSequence)
    {
        Name = name.Trim();
        Sector = sector;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        CourseSequence = courseSequence.Select(c => c.Trim()).ToList();
    }
}
