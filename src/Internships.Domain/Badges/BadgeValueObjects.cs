namespace Internships.Domain.Badges;

/// <summary>A skill or framework the badge aligns to (Open Badges "alignment"), e.g. a pathway competency.</summary>
public sealed record BadgeAlignment(string TargetName, string? TargetUrl, string? TargetDescription, string? TargetFramework, string? TargetCode);

/// <summary>
/// When a completed placement earns the badge: an internship completed (in a given pathway, if named), and, if a
/// competency is named, a final evaluation score of at least <see cref="MinimumScore"/> in it.
/// </summary>
public sealed record AwardRule(int? PathwayId, string? CompetencyKey, int? MinimumScore)
{
    public bool Matches(IReadOnlyCollection<int> placementPathwayIds, Func<string, int?> finalScore) =>
        (PathwayId is null || placementPathwayIds.Contains(PathwayId.Value))
        && (CompetencyKey is null || finalScore(CompetencyKey) >= (MinimumScore ?? 1));
}

/// <summary>Evidence attached to an award: what shows the achievement, in words and links.</summary>
public sealed record BadgeEvidence(EvidenceKind Kind, string Name, string? Narrative, string? Url);

/// <summary>
/// An organisation earns the badge when <see cref="StaffCount"/> of its staff have completed the programme
/// <see cref="ProgrammeId"/> (a capacity badge): awarded once, when the last of them completes.
/// </summary>
public sealed record StaffProgrammeRule(int ProgrammeId, int StaffCount);
