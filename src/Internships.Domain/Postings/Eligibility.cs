using Internships.Domain.Students;

namespace Internships.Domain.Postings;

/// <summary>
/// What the eligibility rule needs to know about a student, and no more: whether they are enrolled in the district,
/// their grade and date of birth, the pathways they are enrolled in now and the badges they hold now (not revoked or
/// expired). Built from a <see cref="Student"/> when applying, from three small reads when searching.
/// </summary>
public sealed record Applicant(bool IsActive, int Grade, DateOnly DateOfBirth, IReadOnlySet<int> ActivePathwayIds, IReadOnlySet<int> HeldBadgeIds)
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    public static Applicant Of(Student student, IEnumerable<int> activePathwayIds, IReadOnlySet<int>? heldBadgeIds = null) =>
        new(student.IsActive, student.Grade, student.DateOfBirth, activePathwayIds.ToHashSet(), heldBadgeIds ?? None);
}

/// <summary>Why a student may not apply to a posting; <see cref="BadgeClassId"/> names the badge they lack.</summary>
public readonly record struct EligibilityGap(EligibilityGapKind Kind, int? BadgeClassId = null);

public enum EligibilityGapKind
{
    /// <summary>The student is no longer enrolled in the district.</summary>
    NotEnrolled,

    /// <summary>The posting is not open to the student's grade.</summary>
    Grade,

    /// <summary>The student is younger than the posting's minimum age on its start date.</summary>
    Age,

    /// <summary>The posting is for none of the pathways the student is enrolled in now.</summary>
    Pathway,

    /// <summary>The student does not hold a badge the posting requires.</summary>
    Badge,
}

/// <summary>
/// What a posting asks of whoever applies, and the one rule that decides whether a student meets it: enrolled in the
/// district, in one of the posting's grades, at least its minimum age on its start date, enrolled in one of its
/// pathways, holding every badge it requires. Applying (<see cref="InternshipPosting.EligibilityProblems"/>), matching
/// rounds and the search catalogue all ask this type, so search never lists a posting that applying then refuses.
/// </summary>
public sealed record EligibilityRequirements(
    int EligibleGradeMask,
    int? MinimumAge,
    DateOnly StartDate,
    IReadOnlyList<int> PathwayIds,
    IReadOnlyList<int> RequiredBadgeIds)
{
    /// <summary>
    /// Whether <paramref name="applicant"/> may apply: exactly when <see cref="GapsOf"/> is empty, without building the
    /// list (search asks this of every posting). A matching round may let students choose outside their pathways
    /// (<paramref name="requirePathway"/> false).
    /// </summary>
    public bool Admits(Applicant applicant, bool requirePathway = true) =>
        applicant.IsActive
        && OpenToGrade(applicant)
        && (!requirePathway || SharesPathway(applicant)) // before the age: cheaper, and it turns most postings away
        && OldEnough(applicant)
        && HoldsRequiredBadges(applicant);

    /// <summary>Every reason <paramref name="applicant"/> may not apply, in the order a student reads them; empty when they may.</summary>
    public IReadOnlyList<EligibilityGap> GapsOf(Applicant applicant, bool requirePathway = true)
    {
        var gaps = new List<EligibilityGap>();
        if (!applicant.IsActive)
        {
            gaps.Add(new(EligibilityGapKind.NotEnrolled));
        }

        if (!OpenToGrade(applicant))
        {
            gaps.Add(new(EligibilityGapKind.Grade));
        }

        if (!OldEnough(applicant))
        {
            gaps.Add(new(EligibilityGapKind.Age));
        }

        if (requirePathway && !SharesPathway(applicant))
        {
            gaps.Add(new(EligibilityGapKind.Pathway));
        }

        foreach (var badgeId in RequiredBadgeIds)
        {
            if (!applicant.HeldBadgeIds.Contains(badgeId))
            {
                gaps.Add(new(EligibilityGapKind.Badge, badgeId));
            }
        }

        return gaps;
    }

    private bool OpenToGrade(Applicant applicant) => (EligibleGradeMask & GradeMask.For(applicant.Grade)) != 0;

    /// <summary>Age on the start date, not today: a student who turns 16 the day the internship starts may apply.</summary>
    private bool OldEnough(Applicant applicant) => MinimumAge is not { } minimumAge || Age.On(applicant.DateOfBirth, StartDate) >= minimumAge;

    // By index, not foreach: search asks this of every open posting, and foreach over an IReadOnlyList allocates an
    // enumerator each time (10,000 a search).
    private bool SharesPathway(Applicant applicant)
    {
        for (var i = 0; i < PathwayIds.Count; i++)
        {
            if (applicant.ActivePathwayIds.Contains(PathwayIds[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool HoldsRequiredBadges(Applicant applicant)
    {
        for (var i = 0; i < RequiredBadgeIds.Count; i++)
        {
            if (!applicant.HeldBadgeIds.Contains(RequiredBadgeIds[i]))
            {
                return false;
            }
        }

        return true;
    }
}
