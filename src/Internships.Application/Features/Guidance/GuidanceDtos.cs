using Internships.Domain.Guidance;

namespace Internships.Application.Features.Guidance;

/// <summary>One statement of the questionnaire; <see cref="Number"/> is its place in the answers (from 1).</summary>
public sealed record InterestItemDto(int Number, string Text);

public sealed record InterestScaleDto(int Value, string Label);

/// <summary>The questionnaire: its statements in order and the answers each takes.</summary>
public sealed record InterestQuestionnaireDto(IReadOnlyList<InterestItemDto> Items, IReadOnlyList<InterestScaleDto> Scale);

public sealed record InterestScoreDto(HollandType Type, int Score);

/// <summary>A suggested pathway: how well it matches (0–100), the student's top interests it suits, why, and whether they are enrolled in it.</summary>
public sealed record PathwaySuggestionDto(int PathwayId, string PathwayName, int Match, IReadOnlyList<HollandType> SharedTypes, string Reason, bool Enrolled);

/// <summary>
/// A student's latest interest profile: when they took it (and how many times), their answers, the score of each
/// type strongest first, their interest code ("SIC") and the pathways it suggests, best first.
/// </summary>
public sealed record InterestProfileDto(
    int StudentId,
    DateTime TakenAt,
    int TimesTaken,
    string Code,
    IReadOnlyList<int> Answers,
    IReadOnlyList<InterestScoreDto> Scores,
    IReadOnlyList<PathwaySuggestionDto> Suggestions);

/// <summary>One pathway's interest: students whose best suggestion it is, students shown it among their suggestions, students enrolled.</summary>
public sealed record PathwayInterestRowDto(int PathwayId, string PathwayName, int TopSuggestion, int AmongSuggestions, int Enrolled);

/// <summary>Interest in each pathway from the students' latest profiles (active students, of a school or the district).</summary>
public sealed record PathwayInterestDto(int? SchoolId, int Profiles, IReadOnlyList<PathwayInterestRowDto> Pathways);
