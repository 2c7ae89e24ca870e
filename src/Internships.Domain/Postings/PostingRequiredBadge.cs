using Internships.Domain.Badges;

namespace Internships.Domain.Postings;

/// <summary>A badge a student must hold to apply to a posting: a rung of a ladder.</summary>
public sealed class PostingRequiredBadge
{
    private PostingRequiredBadge() { }

    internal PostingRequiredBadge(int badgeClassId) => BadgeClassId = badgeClassId;

    public int PostingId { get; private set; }

    public int BadgeClassId { get; private set; }

    public BadgeClass? BadgeClass { get; private set; }
}
