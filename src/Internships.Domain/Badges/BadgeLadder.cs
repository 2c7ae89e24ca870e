namespace Internships.Domain.Badges;

/// <summary>Where a badge on a student's ladder stands for them.</summary>
public enum LadderStepState
{
    /// <summary>They hold it.</summary>
    Held,

    /// <summary>They may earn it now: they hold every prerequisite.</summary>
    Next,

    /// <summary>It waits on a prerequisite they do not hold yet.</summary>
    Later,
}

public sealed record LadderStep(int BadgeClassId, LadderStepState State, IReadOnlyList<int> MissingPrerequisiteIds);

/// <summary>
/// A badge ladder: to reach some badges (the one a student wants, or those a posting requires), the badges they take, in
/// the order they can be earned (every prerequisite before the badges that need it), each held, next or later. Cycles
/// in the catalogue's prerequisites (which the editor does not stop across several badges) are walked once: a badge
/// already on the path is not followed again, so the ladder always ends.
/// </summary>
public static class BadgeLadder
{
    public static IReadOnlyList<LadderStep> Climb(IEnumerable<int> targetIds, Func<int, IReadOnlyCollection<int>> prerequisitesOf,
        IReadOnlySet<int> heldIds)
    {
        var order = new List<int>();
        var visited = new HashSet<int>();
        foreach (var target in targetIds)
        {
            Visit(target, prerequisitesOf, visited, order);
        }

        return order.Select(id =>
        {
            var missing = prerequisitesOf(id).Where(p => p != id && !heldIds.Contains(p)).Distinct().ToList();
            var state = heldIds.Contains(id) ? LadderStepState.Held : missing.Count == 0 ? LadderStepState.Next : LadderStepState.Later;
            return new LadderStep(id, state, missing);
        }).ToList();
    }

    // Depth first with an explicit stack, prerequisites before the badge: no recursion to overflow on a long chain, and a
    // badge seen once (on this path or another) is never pushed again, which is what ends a cycle.
    private static void Visit(int root, Func<int, IReadOnlyCollection<int>> prerequisitesOf, HashSet<int> visited, List<int> order)
    {
        if (!visited.Add(root))
        {
            return;
        }

        var stack = new Stack<(int Id, IEnumerator<int> Prerequisites)>();
        stack.Push((root, prerequisitesOf(root).GetEnumerator()));
        while (stack.Count > 0)
        {
            var (id, prerequisites) = stack.Peek();
            if (prerequisites.MoveNext())
            {
                var next = prerequisites.Current;
                if (visited.Add(next))
                {
                    stack.Push((next, prerequisitesOf(next).GetEnumerator()));
                }

                continue;
            }

            stack.Pop();
            prerequisites.Dispose();
            order.Add(id);
        }
    }
}
