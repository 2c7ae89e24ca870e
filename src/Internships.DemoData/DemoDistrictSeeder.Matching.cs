using Internships.Domain.Matching;
using Internships.Domain.Postings;

namespace Internships.DemoData;

/// <summary>A matching round taking preferences: most juniors and seniors have ranked postings, the demo student not yet.</summary>
public sealed partial class DemoDistrictSeeder
{
    private async Task SeedMatchRoundAsync(District district, CancellationToken cancellationToken)
    {
        // A generator of its own, so the rest of the demo district stays the same with or without the round.
        var random = new Random(RandomSeed);
        var postings = district.Postings
            .Where(p => p.Posting.Status == PostingStatus.Open && p.Posting.RequiredBadges.Count == 0)
            .Select(p => p.Posting)
            .ToList();
        if (postings.Count == 0)
        {
            return;
        }

        var round = MatchRound.Create("Spring match", $"Spring {_today.Year + 1}", MatchRound.DefaultMaxChoices, _today.AddDays(10), false,
            postings.Select(p => (p.Id, p.RemainingSlots)), _today, _now);
        db.MatchRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);

        var participants = Applicants(district);
        db.MatchParticipants.AddRange(participants.Select(s => new MatchParticipant(round.Id, s.Id)));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var student in participants.Where(s => s != district.DemoStudent && random.NextDouble() < 0.7))
        {
            var eligible = postings.Where(p => p.EligibilityProblems(student, student.ActivePathwayIds).Count == 0).ToList();
            var rank = 1;
            foreach (var posting in eligible.OrderBy(_ => random.Next()).Take(random.Next(1, MatchRound.DefaultMaxChoices + 1)))
            {
                db.MatchChoices.Add(new MatchChoice(round.Id, student.Id, posting.Id, rank++));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
