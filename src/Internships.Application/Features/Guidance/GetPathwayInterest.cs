using Internships.Domain.Guidance;

namespace Internships.Application.Features.Guidance;

/// <summary>
/// For planning postings: how many active students (of a school, or the district) have each pathway as their best
/// suggestion, among their suggestions, and are enrolled in it, from their latest interest profiles. Worked out in
/// memory with the same rule the students see (thirty digits a student, so a district's profiles fit easily).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetPathwayInterestQuery(int? SchoolId = null) : IQuery<PathwayInterestDto>;

public sealed class GetPathwayInterestHandler(IAppDbContext db) : IQueryHandler<GetPathwayInterestQuery, PathwayInterestDto>
{
    public async ValueTask<PathwayInterestDto> Handle(GetPathwayInterestQuery query, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking().Where(s => s.IsActive);
        if (query.SchoolId is { } schoolId)
        {
            students = students.Where(s => s.SchoolId == schoolId);
        }

        var answers = await db.InterestProfiles.AsNoTracking().Where(p => students.Any(s => s.Id == p.StudentId))
            .Select(p => p.Answers).ToListAsync(cancellationToken);
        var pathways = await db.PathwaysToMatchAsync(cancellationToken);
        var enrolled = await db.PathwayEnrolments.AsNoTracking().Where(e => e.EndedOn == null && students.Any(s => s.Id == e.StudentId))
            .GroupBy(e => e.PathwayId).Select(g => new { PathwayId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.PathwayId, g => g.Count, cancellationToken);

        var top = new Dictionary<int, int>();
        var among = new Dictionary<int, int>();
        foreach (var digits in answers)
        {
            var suggestions = PathwayInterests.Suggest(InterestScores.Of(InterestProfile.AnswersFrom(digits)), pathways);
            for (var i = 0; i < suggestions.Count; i++)
            {
                var id = suggestions[i].PathwayId;
                among[id] = among.GetValueOrDefault(id) + 1;
                if (i == 0)
                {
                    top[id] = top.GetValueOrDefault(id) + 1;
                }
            }
        }

        var rows = pathways
            .Select(p => new PathwayInterestRowDto(p.Id, p.Name, top.GetValueOrDefault(p.Id), among.GetValueOrDefault(p.Id), enrolled.GetValueOrDefault(p.Id)))
            .OrderByDescending(r => r.TopSuggestion).ThenByDescending(r => r.AmongSuggestions).ThenBy(r => r.PathwayName, StringComparer.Ordinal)
            .ToList();
        return new PathwayInterestDto(query.SchoolId, answers.Count, rows);
    }
}
