using Internships.Domain.Matching;

namespace Internships.Application.Features.MatchRounds;

public sealed record MatchRunReviewDto(
    MatchRunDto Run,
    IReadOnlyDictionary<UnmatchedReason, int> UnmatchedByReason,
    IReadOnlyList<UnfilledPostingDto> UnfilledPostings,
    IReadOnlyList<GroupOutcomeDto> ByPathway,
    IReadOnlyList<GroupOutcomeDto> BySchool,
    IReadOnlyList<GroupOutcomeDto> ByGrade);

public sealed record UnfilledPostingDto(int PostingId, string Title, string EmployerName, int Capacity, int Filled);

/// <summary>Participants and matched students in one group (a pathway counts every student enrolled in it).</summary>
public sealed record GroupOutcomeDto(string Group, int Participants, int Matched, int FirstChoice);

/// <summary>
/// What a coordinator reviews before publishing: who got which choice, unmatched students by reason, places left
/// unfilled, and the outcome by pathway, school and grade for an equity check.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetMatchRunQuery(int RoundId, int Number) : IQuery<MatchRunReviewDto>;

public sealed class GetMatchRunAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<GetMatchRunQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetMatchRunQuery request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class GetMatchRunHandler(IAppDbContext db) : IQueryHandler<GetMatchRunQuery, MatchRunReviewDto>
{
    public async ValueTask<MatchRunReviewDto> Handle(GetMatchRunQuery query, CancellationToken cancellationToken)
    {
        var run = await db.FindRunAsync(query.RoundId, query.Number, cancellationToken);
        var round = await db.MatchRounds.AsNoTracking().Include(r => r.Postings).FirstAsync(r => r.Id == query.RoundId, cancellationToken);
        var outcomes = await (
                from o in db.MatchOutcomes
                where o.RunId == run.Id
                join s in db.Students on o.StudentId equals s.Id
                join sc in db.Schools on s.SchoolId equals sc.Id
                select new { o.StudentId, o.PostingId, o.ChoiceNumber, o.Reason, s.Grade, School = sc.Name })
            .ToListAsync(cancellationToken);
        var pathwaysOf = await (
                from e in db.PathwayEnrolments
                where e.EndedOn == null && db.MatchParticipants.Any(p => p.RoundId == query.RoundId && p.StudentId == e.StudentId)
                join pw in db.Pathways on e.PathwayId equals pw.Id
                select new { e.StudentId, pw.Name })
            .ToListAsync(cancellationToken);

        var filled = outcomes.Where(o => o.PostingId is not null).GroupBy(o => o.PostingId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var short_ = round.Postings.Where(p => filled.GetValueOrDefault(p.PostingId) < p.Capacity).ToList();
        var shortIds = short_.Select(p => p.PostingId).ToList();
        var names = await db.Postings.Where(p => shortIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Title, Employer = p.Employer!.Name }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var unfilled = short_
            .Select(p => new UnfilledPostingDto(p.PostingId, names[p.PostingId].Title, names[p.PostingId].Employer, p.Capacity, filled.GetValueOrDefault(p.PostingId)))
            .OrderByDescending(p => p.Capacity - p.Filled).ThenBy(p => p.Title).ToList();

        var byStudent = outcomes.ToDictionary(o => o.StudentId);
        static GroupOutcomeDto Group<T>(string name, IEnumerable<T> members, Func<T, bool> matched, Func<T, bool> first)
        {
            var list = members.ToList();
            return new GroupOutcomeDto(name, list.Count, list.Count(matched), list.Count(first));
        }

        var byPathway = pathwaysOf.GroupBy(p => p.Name).OrderBy(g => g.Key)
            .Select(g => Group(g.Key, g.Select(p => byStudent[p.StudentId]), o => o.PostingId is not null, o => o.ChoiceNumber == 1)).ToList();
        var bySchool = outcomes.GroupBy(o => o.School).OrderBy(g => g.Key)
            .Select(g => Group(g.Key, g, o => o.PostingId is not null, o => o.ChoiceNumber == 1)).ToList();
        var byGrade = outcomes.GroupBy(o => o.Grade).OrderBy(g => g.Key)
            .Select(g => Group($"Grade {g.Key}", g, o => o.PostingId is not null, o => o.ChoiceNumber == 1)).ToList();
        var byReason = outcomes.Where(o => o.Reason is not null).GroupBy(o => o.Reason!.Value).ToDictionary(g => g.Key, g => g.Count());

        return new MatchRunReviewDto(MatchRunDto.From(run, round.PublishedRunNumber), byReason, unfilled, byPathway, bySchool, byGrade);
    }
}
