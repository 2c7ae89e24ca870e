using Internships.Domain.Students;

namespace Internships.Domain.Postings;

/// <summary>
/// A set of pathway ids folded into 64 bits (pathway id modulo 64). Two sets that share a pathway always share a bit, so
/// no shared bit proves no shared pathway; a shared bit proves nothing (ids 3 and 67 fold together) unless every id is
/// below 64 (<see cref="AreExact"/>). A district has a few dozen pathways, so in practice the bits are exact.
/// </summary>
public static class PathwayBits
{
    public static ulong Of(IEnumerable<int> pathwayIds)
    {
        var bits = 0UL;
        foreach (var id in pathwayIds)
        {
            bits |= 1UL << (id & 63);
        }

        return bits;
    }

    /// <summary>Whether <see cref="Of"/> keeps these ids apart: each has a bit of its own.</summary>
    public static bool AreExact(IEnumerable<int> pathwayIds) => pathwayIds.All(id => id is >= 0 and < 64);
}

/// <summary>
/// <see cref="EligibilityRequirements"/> packed into one small value, so a search can judge thousands of postings for
/// one student without visiting each posting's lists. It decides with the rule's own parts (<see cref="GradeMask"/>,
/// <see cref="Age.On"/>, shared pathways as bits) and hands over to the rule itself whenever the bits cannot decide: the
/// posting requires badges, or a pathway id on either side does not fit in 64 bits. So it admits exactly whom
/// <see cref="EligibilityRequirements.Admits"/> admits (EligibilityScreenTests compares the two).
/// </summary>
public readonly struct EligibilityScreen
{
    private readonly ulong _pathwayBits;
    private readonly int _eligibleGradeMask;
    private readonly int? _minimumAge;
    private readonly DateOnly _startDate;
    private readonly bool _bitsDecide;

    public EligibilityScreen(EligibilityRequirements requirements)
    {
        Requirements = requirements;
        _pathwayBits = PathwayBits.Of(requirements.PathwayIds);
        _eligibleGradeMask = requirements.EligibleGradeMask;
        _minimumAge = requirements.MinimumAge;
        _startDate = requirements.StartDate;
        _bitsDecide = requirements.RequiredBadgeIds.Count == 0 && PathwayBits.AreExact(requirements.PathwayIds);
    }

    public EligibilityRequirements Requirements { get; }

    /// <summary>The same answer as <see cref="EligibilityRequirements.Admits"/> with the pathway required.</summary>
    public bool Admits(in ApplicantScreen applicant)
    {
        // No shared bit proves no shared pathway; most postings are for other pathways and leave here.
        if (!applicant.IsActive || (_pathwayBits & applicant.PathwayBits) == 0 || (_eligibleGradeMask & applicant.GradeMask) == 0)
        {
            return false;
        }

        if (_minimumAge is { } minimumAge && Age.On(applicant.DateOfBirth, _startDate) < minimumAge)
        {
            return false;
        }

        return (_bitsDecide && applicant.BitsAreExact) || Requirements.Admits(applicant.Applicant);
    }
}

/// <summary>An <see cref="Applicant"/> as <see cref="EligibilityScreen"/> reads it: built once per search.</summary>
public readonly struct ApplicantScreen(Applicant applicant)
{
    public Applicant Applicant { get; } = applicant;

    public bool IsActive { get; } = applicant.IsActive;

    // Only read for an active student: an inactive one is admitted nowhere, whatever their grade.
    public int GradeMask { get; } = applicant.IsActive ? Postings.GradeMask.For(applicant.Grade) : 0;

    public DateOnly DateOfBirth { get; } = applicant.DateOfBirth;

    public ulong PathwayBits { get; } = Postings.PathwayBits.Of(applicant.ActivePathwayIds);

    public bool BitsAreExact { get; } = Postings.PathwayBits.AreExact(applicant.ActivePathwayIds);
}
