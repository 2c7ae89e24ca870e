using Internships.Domain.Guidance;

namespace Internships.Application.Features.Guidance;

/// <summary>Reads shared by the guidance slices: a profile with its suggestions, and the pathways they are chosen from.</summary>
public static class GuidanceQueries
{
    /// <summary>Every pathway, as the suggestion rule sees it.</summary>
    public static async Task<List<PathwayToMatch>> PathwaysToMatchAsync(this IAppDbContext db, CancellationToken cancellationToken) =>
        await db.Pathways.AsNoTracking().Select(p => new PathwayToMatch(p.Id, p.Name, p.Sector)).ToListAsync(cancellationToken);

    /// <summary>The student's profile, or 404 when they have not taken the questionnaire yet.</summary>
    public static async Task<InterestProfileDto> ReadInterestProfileAsync(this IAppDbContext db, int studentId, CancellationToken cancellationToken)
    {
        var profile = await db.InterestProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.StudentId == studentId, cancellationToken)
            ?? throw new NotFoundException($"Student {studentId} has not taken the interest questionnaire yet.");
        return await db.ToDtoAsync(profile, cancellationToken);
    }

    /// <summary>The profile as the API shows it, suggestions worked out from today's pathways.</summary>
    public static async Task<InterestProfileDto> ToDtoAsync(this IAppDbContext db, InterestProfile profile, CancellationToken cancellationToken)
    {
        var pathways = await db.PathwaysToMatchAsync(cancellationToken);
        var enrolled = await db.PathwayEnrolments.AsNoTracking().Where(e => e.StudentId == profile.StudentId && e.EndedOn == null)
            .Select(e => e.PathwayId).ToListAsync(cancellationToken);
        var scores = profile.Scores;
        return new InterestProfileDto(
            profile.StudentId, profile.TakenAt, profile.TimesTaken, scores.Code, profile.AnswerList,
            scores.Ranked.Select(s => new InterestScoreDto(s.Type, s.Score)).ToList(),
            PathwayInterests.Suggest(scores, pathways)
                .Select(m => new PathwaySuggestionDto(m.PathwayId, m.PathwayName, m.Match, m.SharedTypes, m.Reason, enrolled.Contains(m.PathwayId)))
                .ToList());
    }
}
