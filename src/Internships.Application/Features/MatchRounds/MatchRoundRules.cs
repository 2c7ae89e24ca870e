using Internships.Application.Features.Badges;
using Internships.Domain.Common;
using Internships.Domain.Matching;
using Internships.Domain.Postings;

namespace Internships.Application.Features.MatchRounds;

/// <summary>What a student's ranking in a round must respect, whoever enters it.</summary>
internal static class MatchRoundRules
{
    /// <summary>
    /// Which of a round's postings a student may rank, and why not: the posting's own eligibility rules (grade, age on the
    /// start date, required badges held now), with the pathway rule waived when the round allows other pathways.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, (InternshipPosting Posting, IReadOnlyList<RuleMessage> Problems)>> EligibilityForStudentAsync(
        this IAppDbContext db, IClock clock, MatchRound round, int studentId, IReadOnlyCollection<int> postingIds, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().Include(s => s.Enrolments).FirstAsync(s => s.Id == studentId, cancellationToken);
        var pathways = student.ActivePathwayIds.ToList();
        var held = await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(studentId), clock.UtcNow, cancellationToken);
        var postings = await db.Postings.AsNoTracking().Include(p => p.Pathways).Include(p => p.RequiredBadges).ThenInclude(b => b.BadgeClass)
            .Where(p => postingIds.Contains(p.Id)).ToListAsync(cancellationToken);
        return postings.ToDictionary(p => p.Id,
            p => (p, p.EligibilityReasons(student, pathways, held, requirePathway: !round.AllowOtherPathways)));
    }

    /// <summary>Replaces the student's ranking, once the round's limits and every posting's eligibility rules allow each choice.</summary>
    public static async Task<MatchChoicesDto> ReplaceChoicesAsync(this IAppDbContext db, IClock clock, MatchRound round, int studentId,
        IReadOnlyList<int> postingIds, CancellationToken cancellationToken)
    {
        var titles = await db.Postings.AsNoTracking().Where(p => postingIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
        round.CheckChoices(postingIds, id => titles.GetValueOrDefault(id, "A posting"));

        var eligibility = await db.EligibilityForStudentAsync(clock, round, studentId, postingIds, cancellationToken);
        foreach (var postingId in postingIds)
        {
            var (posting, problems) = eligibility[postingId];
            if (problems.Count > 0)
            {
                throw new DomainRuleException(RuleKeys.Matching.CannotBeRanked,
                    $"'{posting.Title}' cannot be ranked: {string.Join(" ", problems.Select(p => p.English))}", posting.Title, problems);
            }
        }

        await db.MatchChoices.Where(c => c.RoundId == round.Id && c.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        db.MatchChoices.AddRange(postingIds.Select((postingId, index) => new MatchChoice(round.Id, studentId, postingId, index + 1)));
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadChoicesAsync(round.Id, studentId, cancellationToken);
    }
}
