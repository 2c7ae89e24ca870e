using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Badges;
using Internships.Domain.Matching;
using Internships.Domain.Postings;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// Which of a round's postings a student may rank, and why not: the posting's own eligibility rules (grade, age on the
/// start date, required badges held now), with the pathway rule waived when the round allows other pathways.
/// </summary>
internal static class MatchEligibility
{
    public static async Task<IReadOnlyDictionary<int, (InternshipPosting Posting, IReadOnlyList<string> Problems)>> ForStudentAsync(
        IAppDbContext db, IClock clock, MatchRound round, int studentId, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().Include(s => s.Enrolments).FirstAsync(s => s.Id == studentId, cancellationToken);
        var pathways = student.ActivePathwayIds.ToList();
        var held = await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(studentId), clock.UtcNow, cancellationToken);
        var postings = await db.Postings.AsNoTracking().Include(p => p.Pathways).Include(p => p.RequiredBadges).ThenInclude(b => b.BadgeClass)
            .Where(p => postingIds.Contains(p.Id)).ToListAsync(cancellationToken);
        return postings.ToDictionary(p => p.Id,
            p => (p, p.EligibilityProblems(student, pathways, held, requirePathway: !round.AllowOtherPathways)));
    }
}
