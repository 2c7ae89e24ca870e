using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Domain.Common;
using Internships.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// A student who chose the posting, as its employer sees them: name, grade, school, whether a minor, and the
/// employer's own rank. Never how the student ranked their choices.
/// </summary>
public sealed record MatchCandidateDto(int StudentId, string Name, int Grade, string School, bool IsMinor, int? Rank, bool Unacceptable);

/// <summary>The students who chose a posting in a round, for its employer admin and coordinators.</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ListMatchCandidatesQuery(int RoundId, int PostingId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<MatchCandidateDto>>, IPagedRequest;

public sealed class ListMatchCandidatesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ListMatchCandidatesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListMatchCandidatesQuery request, CancellationToken cancellationToken) =>
        access.ToRankForPostingAsync(request.RoundId, request.PostingId, cancellationToken);
}

public sealed class ListMatchCandidatesHandler(IAppDbContext db) : IQueryHandler<ListMatchCandidatesQuery, PagedResult<MatchCandidateDto>>
{
    public async ValueTask<PagedResult<MatchCandidateDto>> Handle(ListMatchCandidatesQuery query, CancellationToken cancellationToken)
    {
        return await (await MatchCandidates.QueryAsync(db, query.RoundId, query.PostingId, cancellationToken))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}

/// <summary>
/// An employer ranks the students who chose its posting: a rank each (1 best; equal ranks are ties, broken by the
/// round's lottery) or unacceptable. Students left out are acceptable after every ranked one. Replaces the earlier
/// ranking. Employers rank until the deadline, coordinators until the round is published.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record RankMatchCandidatesCommand(IReadOnlyList<CandidateRank> Ranking, IReadOnlyList<int>? Unacceptable = null)
    : ICommand<PagedResult<MatchCandidateDto>>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public int PostingId { get; init; }
}

public sealed record CandidateRank(int StudentId, int Rank);

public sealed class RankMatchCandidatesValidator : AbstractValidator<RankMatchCandidatesCommand>
{
    public RankMatchCandidatesValidator()
    {
        RuleFor(x => x.Ranking).NotNull();
        RuleForEach(x => x.Ranking).ChildRules(r => r.RuleFor(c => c.Rank).GreaterThanOrEqualTo(1));
        RuleFor(x => x).Must(x =>
            {
                var all = (x.Ranking ?? []).Select(r => r.StudentId).Concat(x.Unacceptable ?? []).ToList();
                return all.Distinct().Count() == all.Count;
            })
            .WithName(nameof(RankMatchCandidatesCommand.Ranking))
            .WithMessage("List each student once, either ranked or unacceptable.");
    }
}

public sealed class RankMatchCandidatesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<RankMatchCandidatesCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RankMatchCandidatesCommand request, CancellationToken cancellationToken) =>
        access.ToRankForPostingAsync(request.RoundId, request.PostingId, cancellationToken);
}

public sealed class RankMatchCandidatesHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<RankMatchCandidatesCommand, PagedResult<MatchCandidateDto>>
{
    public async ValueTask<PagedResult<MatchCandidateDto>> Handle(RankMatchCandidatesCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        if (user.IsInRole(Roles.Coordinator))
        {
            round.EnsureCoordinatorMayChange();
        }
        else
        {
            round.EnsureRankingsOpen(clock.Today);
        }

        var chose = (await db.MatchChoices.Where(c => c.RoundId == round.Id && c.PostingId == command.PostingId)
            .Select(c => c.StudentId).ToListAsync(cancellationToken)).ToHashSet();
        var named = command.Ranking.Select(r => r.StudentId).Concat(command.Unacceptable ?? []);
        foreach (var studentId in named.Where(id => !chose.Contains(id)))
        {
            throw new DomainRuleException($"Student {studentId} did not choose this posting in this round; rank only the students who did.");
        }

        await db.MatchEmployerRanks.Where(r => r.RoundId == round.Id && r.PostingId == command.PostingId).ExecuteDeleteAsync(cancellationToken);
        db.MatchEmployerRanks.AddRange(command.Ranking.Select(r => new MatchEmployerRank(round.Id, command.PostingId, r.StudentId, r.Rank, false)));
        db.MatchEmployerRanks.AddRange((command.Unacceptable ?? []).Select(id => new MatchEmployerRank(round.Id, command.PostingId, id, null, true)));
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await (await MatchCandidates.QueryAsync(db, round.Id, command.PostingId, cancellationToken))
            .ToPageAsync(1, Paging.MaxPageSize, cancellationToken);
    }
}

internal static class MatchCandidates
{
    /// <summary>The students who chose the posting in the round, the employer's ranked ones first, by rank.</summary>
    public static async Task<IQueryable<MatchCandidateDto>> QueryAsync(IAppDbContext db, int roundId, int postingId, CancellationToken cancellationToken)
    {
        var startDate = await db.Postings.Where(p => p.Id == postingId).Select(p => p.StartDate).FirstAsync(cancellationToken);
        var adultsBornBy = startDate.AddYears(-Domain.Students.Student.AdultAge);
        var candidates =
            from c in db.MatchChoices
            where c.RoundId == roundId && c.PostingId == postingId
            join s in db.Students on c.StudentId equals s.Id
            join sc in db.Schools on s.SchoolId equals sc.Id
            let mine = db.MatchEmployerRanks.FirstOrDefault(r => r.RoundId == roundId && r.PostingId == postingId && r.StudentId == s.Id)
            orderby mine == null ? 1 : 0, mine!.Rank, s.LastName, s.FirstName, s.Id
            select new MatchCandidateDto(s.Id, s.FirstName + " " + s.LastName, s.Grade, sc.Name, s.DateOfBirth > adultsBornBy,
                mine == null ? null : mine.Rank, mine != null && mine.Unacceptable);
        return candidates;
    }
}
