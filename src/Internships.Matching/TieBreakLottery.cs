namespace Internships.Matching;

/// <summary>
/// Breaks ties in employers' rankings with one lottery over all students (single tie-breaking): a seed draws one
/// random order of every student, and every tie, at every posting, is broken by that same order. So if Ana beats
/// Ben in one tie she beats him in all of them, which keeps the matching stable for the strict rankings and
/// avoids the extra unfairness of a separate lottery per posting.
/// </summary>
/// <remarks>
/// The draw is reproducible, so a coordinator can publish the seed and anyone can check the order:
/// <list type="number">
/// <item>sort the student ids ordinally (so the order the caller lists them in does not matter);</item>
/// <item>shuffle them with Fisher–Yates, from the last position i down to 1 swapping i with j drawn uniformly from
/// 0..i, each j from the next SplitMix64 output (seeded with the seed's 64 bits) by Lemire's multiply-and-reject
/// method, which has no modulo bias.</item>
/// </list>
/// The first student of the result has lottery number 0 and wins every tie. The draw depends on the whole set of
/// students: draw once per round, over that round's students, and keep the seed with the round.
/// </remarks>
public sealed class TieBreakLottery
{
    private readonly Dictionary<string, int> _numberOf;

    private TieBreakLottery(long seed, string[] order)
    {
        Seed = seed;
        Order = order;
        _numberOf = new Dictionary<string, int>(order.Length, StringComparer.Ordinal);
        for (var i = 0; i < order.Length; i++)
        {
            _numberOf.Add(order[i], i);
        }
    }

    public long Seed { get; }

    /// <summary>Every student, luckiest first.</summary>
    public IReadOnlyList<string> Order { get; }

    public static TieBreakLottery Draw(long seed, IEnumerable<string> studentIds)
    {
        ArgumentNullException.ThrowIfNull(studentIds);
        var ids = studentIds.ToArray();
        foreach (var id in ids)
        {
            if (string.IsNullOrEmpty(id))
            {
                throw new MatchingInputException("The lottery's students include a null or empty id.");
            }
        }

        Array.Sort(ids, StringComparer.Ordinal);
        for (var i = 1; i < ids.Length; i++)
        {
            if (ids[i] == ids[i - 1])
            {
                throw new MatchingInputException($"Duplicate student id '{ids[i]}' in the lottery.");
            }
        }

        var random = new SplitMix64(unchecked((ulong)seed));
        for (var i = ids.Length - 1; i > 0; i--)
        {
            var j = (int)random.NextBelow((ulong)i + 1);
            (ids[i], ids[j]) = (ids[j], ids[i]);
        }

        return new TieBreakLottery(seed, ids);
    }

    /// <summary>The student's position in the draw; lower wins ties.</summary>
    public int NumberOf(string studentId) =>
        _numberOf.TryGetValue(studentId, out var number)
            ? number
            : throw new MatchingInputException($"Student '{studentId}' is not in the lottery.");

    /// <summary>
    /// Turns a ranking with ties, as groups of equally ranked students from best group to worst, into a strict
    /// ranking: groups stay in order, and within a group the lower lottery number comes first.
    /// </summary>
    public IReadOnlyList<string> Break(IEnumerable<IEnumerable<string>> tiedGroups)
    {
        ArgumentNullException.ThrowIfNull(tiedGroups);
        var ranking = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in tiedGroups)
        {
            ArgumentNullException.ThrowIfNull(group, nameof(tiedGroups));
            var groupStart = ranking.Count;
            foreach (var studentId in group)
            {
                NumberOf(studentId);
                if (!seen.Add(studentId))
                {
                    throw new MatchingInputException($"Student '{studentId}' appears twice in the ranking.");
                }

                ranking.Add(studentId);
            }

            ranking.Sort(groupStart, ranking.Count - groupStart, Comparer<string>.Create((a, b) => _numberOf[a].CompareTo(_numberOf[b])));
        }

        return ranking;
    }
}
