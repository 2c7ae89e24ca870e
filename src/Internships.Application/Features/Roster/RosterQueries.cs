using Internships.Domain.Common;
using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>What deciding on pathway suggestions shares: which ones, and the rule for a list of them.</summary>
internal static class RosterQueries
{
    public const int MaxSuggestionsAtOnce = 500;

    public static IRuleBuilderOptions<T, IReadOnlyList<int>> SuggestionIds<T>(this IRuleBuilder<T, IReadOnlyList<int>> rule) =>
        rule.NotEmpty().WithMessageKey("Roster.SuggestionRequired")
            .Must(ids => ids is null || ids.Count <= MaxSuggestionsAtOnce).WithMessage(_ => ValidationText.Format("Roster.TooManySuggestions", MaxSuggestionsAtOnce));

    /// <summary>The suggestions, tracked, each still waiting for a decision: 404 for one that does not exist, 409 for one already decided.</summary>
    public static async Task<List<PathwaySuggestion>> PendingSuggestionsAsync(this IAppDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var suggestions = await db.PathwaySuggestions.Where(s => wanted.Contains(s.Id)).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var missing = wanted.Except(suggestions.Select(s => s.Id)).ToList();
        if (missing.Count > 0)
        {
            throw NotFoundException.For("Pathway suggestion", missing[0]);
        }

        if (suggestions.FirstOrDefault(s => s.Status != SuggestionStatus.Pending) is { } decided)
        {
            var state = decided.Status.ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Roster.SuggestionDecided, $"One of the suggestions was already {state}: reload the page.",
                RuleMessage.Word("State", state));
        }

        return suggestions;
    }

    /// <summary>Which of these suggestions' students are already enrolled in the suggested pathway.</summary>
    public static async Task<HashSet<(int StudentId, int PathwayId)>> ActiveEnrolmentsAsync(this IAppDbContext db, IReadOnlyList<PathwaySuggestion> suggestions,
        CancellationToken cancellationToken)
    {
        var students = suggestions.Select(s => s.StudentId).Distinct().ToList();
        return (await db.PathwayEnrolments.AsNoTracking().Where(e => students.Contains(e.StudentId) && e.EndedOn == null)
                .Select(e => new { e.StudentId, e.PathwayId }).ToListAsync(cancellationToken))
            .Select(e => (e.StudentId, e.PathwayId)).ToHashSet();
    }
}
