using Internships.Domain.Matching;

namespace Internships.Application.Features.MatchRounds;

public sealed record MatchRoundDto(
    int Id,
    string Name,
    string Term,
    MatchRoundStatus Status,
    int MaxChoices,
    DateOnly PreferenceDeadline,
    bool AllowOtherPathways,
    int? ScrambleOfRoundId,
    int Postings,
    int Places,
    int Participants,
    int StudentsWithChoices,
    int RunCount,
    int? PublishedRunNumber,
    DateTime CreatedAt,
    DateTime? LockedAt,
    DateTime? PublishedAt);

public sealed record MatchRunDto(
    int Number,
    long Seed,
    DateTime RanAt,
    string? RanBy,
    int Students,
    int StudentsWithChoices,
    int Postings,
    int Places,
    int Choices,
    long Proposals,
    int Matched,
    int Unmatched,
    IReadOnlyList<int> PlacedAtChoice,
    long ElapsedMilliseconds,
    bool Published)
{
    internal static MatchRunDto From(MatchRun run, int? publishedRunNumber) => new(
        run.Number, run.Seed, run.RanAt, run.RanBy, run.Students, run.StudentsWithChoices, run.Postings, run.Places, run.Choices,
        run.Proposals, run.Matched, run.Unmatched, run.PlacedAtChoiceCounts, run.ElapsedMilliseconds, run.Number == publishedRunNumber);
}

/// <summary>
/// A student who chose the posting, as its employer sees them: name, grade, school, whether a minor, and the
/// employer's own rank. Never how the student ranked their choices.
/// </summary>
public sealed record MatchCandidateDto(int StudentId, string Name, int Grade, string School, bool IsMinor, int? Rank, bool Unacceptable);

public sealed record MatchChoicesDto(int RoundId, int StudentId, IReadOnlyList<RankedChoiceDto> Choices);

public sealed record RankedChoiceDto(int Rank, int PostingId, string Title, string EmployerName);

public sealed record MatchOutcomeDto(int StudentId, string StudentName, string SisId, string School, int Grade,
    int? PostingId, string? PostingTitle, string? EmployerName, int? ChoiceNumber, UnmatchedReason? Reason);
