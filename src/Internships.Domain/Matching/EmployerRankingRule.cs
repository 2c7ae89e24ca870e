namespace Internships.Domain.Matching;

/// <summary>
/// Turns an employer's ranks into the groups of equals the lottery breaks: ranked students by rank (equal ranks
/// are one group), then every student who chose the posting and was neither ranked nor marked unacceptable, as
/// one last group. Unacceptable students are left out, so the posting never takes them.
/// </summary>
public static class EmployerRankingRule
{
    public static IReadOnlyList<IReadOnlyList<int>> TiedGroups(IEnumerable<int> studentsWhoChose, IEnumerable<MatchEmployerRank> ranks)
    {
        var byStudent = new Dictionary<int, MatchEmployerRank>();
        foreach (var rank in ranks)
        {
            byStudent[rank.StudentId] = rank;
        }

        var ranked = new SortedDictionary<int, List<int>>();
        var unranked = new List<int>();
        foreach (var student in studentsWhoChose.Distinct())
        {
            if (!byStudent.TryGetValue(student, out var entry))
            {
                unranked.Add(student);
            }
            else if (!entry.Unacceptable)
            {
                var group = ranked.TryGetValue(entry.Rank!.Value, out var existing) ? existing : ranked[entry.Rank!.Value] = [];
                group.Add(student);
            }
        }

        var groups = new List<IReadOnlyList<int>>(ranked.Values);
        if (unranked.Count > 0)
        {
            groups.Add(unranked);
        }

        return groups;
    }
}
