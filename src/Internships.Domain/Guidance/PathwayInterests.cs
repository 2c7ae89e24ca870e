using Internships.Domain.Pathways;

namespace Internships.Domain.Guidance;

/// <summary>A pathway as the suggestion sees it.</summary>
public sealed record PathwayToMatch(int Id, string Name, IndustrySector Sector);

/// <summary>
/// How well a pathway suits a student's interests: <see cref="Match"/> from 0 (none of its types interest them) to 100
/// (they would love everything of its types), the student's interests it suits, and why, in the student's words.
/// </summary>
public sealed record PathwayMatch(int PathwayId, string PathwayName, int Match, IReadOnlyList<HollandType> SharedTypes, string Reason);

/// <summary>
/// Which interests each industry sector's work suits (the pathway takes its sector's), and the ranking of pathways
/// for a student's scores. One home for the rule: the student's page, the coordinator's page and the dashboard's
/// counts all call <see cref="Rank"/>.
/// </summary>
public static class PathwayInterests
{
    /// <summary>How many pathways a student is shown, best first.</summary>
    public const int SuggestionCount = 3;

    /// <summary>The types a sector's work suits, the most characteristic first.</summary>
    public static IReadOnlyList<HollandType> TypesOf(IndustrySector sector) => sector switch
    {
        IndustrySector.AgricultureAndNaturalResources => [HollandType.Realistic, HollandType.Investigative],
        IndustrySector.ArtsMediaAndEntertainment => [HollandType.Artistic, HollandType.Enterprising],
        IndustrySector.BuildingAndConstruction => [HollandType.Realistic, HollandType.Conventional],
        IndustrySector.BusinessAndFinance => [HollandType.Conventional, HollandType.Enterprising],
        IndustrySector.EducationAndChildDevelopment => [HollandType.Social, HollandType.Artistic],
        IndustrySector.EnergyEnvironmentAndUtilities => [HollandType.Realistic, HollandType.Investigative],
        IndustrySector.EngineeringAndArchitecture => [HollandType.Investigative, HollandType.Realistic, HollandType.Artistic],
        IndustrySector.HealthScienceAndMedicalTechnology => [HollandType.Social, HollandType.Investigative, HollandType.Conventional],
        IndustrySector.HospitalityTourismAndRecreation => [HollandType.Social, HollandType.Enterprising],
        IndustrySector.InformationAndCommunicationTechnologies => [HollandType.Investigative, HollandType.Conventional],
        IndustrySector.ManufacturingAndProductDevelopment => [HollandType.Realistic, HollandType.Conventional],
        IndustrySector.MarketingSalesAndService => [HollandType.Enterprising, HollandType.Artistic],
        IndustrySector.PublicServices => [HollandType.Social, HollandType.Enterprising],
        IndustrySector.TransportationAndLogistics => [HollandType.Realistic, HollandType.Conventional],
        _ => throw new ArgumentOutOfRangeException(nameof(sector)),
    };

    /// <summary>
    /// Every pathway, best match first: the average of the student's scores on the sector's types (as a percentage of
    /// the range), then the more of the student's interests (<see cref="InterestScores.Strong"/>) it suits, then by name and id, so equal matches always
    /// come in the same order.
    /// </summary>
    public static IReadOnlyList<PathwayMatch> Rank(InterestScores scores, IEnumerable<PathwayToMatch> pathways) =>
        pathways.Select(p => MatchOf(scores, p))
            .OrderByDescending(m => m.Match).ThenByDescending(m => m.SharedTypes.Count)
            .ThenBy(m => m.PathwayName, StringComparer.Ordinal).ThenBy(m => m.PathwayId)
            .ToList();

    /// <summary>The first <see cref="SuggestionCount"/> of <see cref="Rank"/>.</summary>
    public static IReadOnlyList<PathwayMatch> Suggest(InterestScores scores, IEnumerable<PathwayToMatch> pathways) =>
        Rank(scores, pathways).Take(SuggestionCount).ToList();

    private static PathwayMatch MatchOf(InterestScores scores, PathwayToMatch pathway)
    {
        var types = TypesOf(pathway.Sector);
        var percent = types.Average(t =>
        {
            var (min, max) = InterestQuestionnaire.ScoreRange(t);
            return 100.0 * (scores[t] - min) / (max - min);
        });
        var shared = scores.Strong.Where(types.Contains).ToList();
        return new PathwayMatch(pathway.Id, pathway.Name, (int)Math.Round(percent, MidpointRounding.AwayFromZero), shared,
            Reason(pathway.Name, types, shared));
    }

    private static string Reason(string pathway, IReadOnlyList<HollandType> types, IReadOnlyList<HollandType> shared)
    {
        if (shared.Count == 0)
        {
            return $"{pathway} suits {Join(types.Select(t => $"{t}"))} interests; it is among the closest to your answers.";
        }

        var enjoy = Join(shared.Select(t => $"{InterestQuestionnaire.Describe(t)} ({t})"));
        var suits = shared.Count switch { 1 => "that", 2 => "both", _ => "all three" };
        return $"You enjoy {enjoy}; {pathway} suits {suits}.";
    }

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list.Take(list.Count - 1))} and {list[^1]}";
    }
}
