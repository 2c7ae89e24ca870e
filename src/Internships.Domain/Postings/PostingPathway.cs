using Internships.Domain.Pathways;

namespace Internships.Domain.Postings;

/// <summary>Links a posting to a career pathway it is aligned with.</summary>
public sealed class PostingPathway
{
    private PostingPathway() { }

    internal PostingPathway(int pathwayId) => PathwayId = pathwayId;

    public int PostingId { get; private set; }

    public int PathwayId { get; private set; }

    public CareerPathway? Pathway { get; private set; }
}
