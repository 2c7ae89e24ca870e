using Internships.Domain.Common;
using Internships.Domain.Matching;

namespace Internships.Application.Features.MatchRounds;

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
        RuleFor(x => x.Ranking).NotNull().WithMessageKey("MatchRounds.RankingRequired");
        RuleForEach(x => x.Ranking).ChildRules(r => r.RuleFor(c => c.Rank).GreaterThanOrEqualTo(1).WithMessageKey("MatchRounds.RankAtLeastOne"));
        RuleFor(x => x).Must(x =>
            {
                var all = (x.Ranking ?? []).Select(r => r.StudentId).Concat(x.Unacceptable ?? []).ToList();
                return all.Distinct().Count() == all.Count;
            })
            .WithName(nameof(RankMatchCandidatesCommand.Ranking))
            .WithMessageKey("MatchRounds.StudentOnce");
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
            var name = await db.Students.Where(s => s.Id == studentId).Select(s => s.FirstName + " " + s.LastName).FirstOrDefaultAsync(cancellationToken);
            throw name is null
                ? new DomainRuleException(RuleKeys.Matching.AStudentDidNotChoose,
                    "One of the students did not choose this posting in this round; rank only the students who did.")
                : new DomainRuleException(RuleKeys.Matching.StudentDidNotChoose,
                    $"{name} did not choose this posting in this round; rank only the students who did.", name);
        }

        await db.MatchEmployerRanks.Where(r => r.RoundId == round.Id && r.PostingId == command.PostingId).ExecuteDeleteAsync(cancellationToken);
        db.MatchEmployerRanks.AddRange(command.Ranking.Select(r => new MatchEmployerRank(round.Id, command.PostingId, r.StudentId, r.Rank, false)));
        db.MatchEmployerRanks.AddRange((command.Unacceptable ?? []).Select(id => new MatchEmployerRank(round.Id, command.PostingId, id, null, true)));
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await (await db.CandidatesAsync(round.Id, command.PostingId, cancellationToken))
            .ToPageAsync(1, Paging.MaxPageSize, cancellationToken);
    }
}
