using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Common;
using Internships.Domain.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.MatchRounds;

public sealed record MatchChoicesDto(int RoundId, int StudentId, IReadOnlyList<RankedChoiceDto> Choices);

public sealed record RankedChoiceDto(int Rank, int PostingId, string Title, string EmployerName);

/// <summary>A student's ranked postings in a round, first choice first.</summary>
[Authorize(Roles.Student)]
public sealed record GetMyMatchChoicesQuery(int RoundId) : IQuery<MatchChoicesDto>;

public sealed class GetMyMatchChoicesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<GetMyMatchChoicesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetMyMatchChoicesQuery request, CancellationToken cancellationToken) =>
        access.ToRankAsStudentAsync(request.RoundId, cancellationToken);
}

public sealed class GetMyMatchChoicesHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetMyMatchChoicesQuery, MatchChoicesDto>
{
    public async ValueTask<MatchChoicesDto> Handle(GetMyMatchChoicesQuery query, CancellationToken cancellationToken) =>
        await MatchChoiceWriter.ReadAsync(db, query.RoundId, user.StudentId!.Value, cancellationToken);
}

/// <summary>
/// A student ranks up to the round's limit of postings they are eligible for, replacing their earlier list. Until
/// the deadline they may change it as often as they like; after it, what they submitted stands.
/// </summary>
[Authorize(Roles.Student)]
public sealed record RankMyMatchChoicesCommand(IReadOnlyList<int> PostingIds) : ICommand<MatchChoicesDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }
}

public sealed class RankMyMatchChoicesValidator : AbstractValidator<RankMyMatchChoicesCommand>
{
    public RankMyMatchChoicesValidator() =>
        RuleFor(x => x.PostingIds).NotNull().Must(ids => ids.Count <= MatchRound.MaxChoicesLimit)
            .WithMessage($"Rank at most {MatchRound.MaxChoicesLimit} postings.");
}

public sealed class RankMyMatchChoicesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<RankMyMatchChoicesCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RankMyMatchChoicesCommand request, CancellationToken cancellationToken) =>
        access.ToRankAsStudentAsync(request.RoundId, cancellationToken);
}

public sealed class RankMyMatchChoicesHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<RankMyMatchChoicesCommand, MatchChoicesDto>
{
    public async ValueTask<MatchChoicesDto> Handle(RankMyMatchChoicesCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        round.EnsureRankingsOpen(clock.Today);
        return await MatchChoiceWriter.ReplaceAsync(db, clock, round, user.StudentId!.Value, command.PostingIds, cancellationToken);
    }
}

/// <summary>A coordinator enters or corrects a student's ranking (a late one too) until the round is published.</summary>
[Authorize(Roles.Coordinator)]
public sealed record SetStudentMatchChoicesCommand(IReadOnlyList<int> PostingIds) : ICommand<MatchChoicesDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public int StudentId { get; init; }
}

public sealed class SetStudentMatchChoicesValidator : AbstractValidator<SetStudentMatchChoicesCommand>
{
    public SetStudentMatchChoicesValidator() =>
        RuleFor(x => x.PostingIds).NotNull().Must(ids => ids.Count <= MatchRound.MaxChoicesLimit)
            .WithMessage($"Rank at most {MatchRound.MaxChoicesLimit} postings.");
}

public sealed class SetStudentMatchChoicesAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<SetStudentMatchChoicesCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SetStudentMatchChoicesCommand request, CancellationToken cancellationToken) =>
        access.ToViewRoundAsync(request.RoundId, cancellationToken);
}

public sealed class SetStudentMatchChoicesHandler(IAppDbContext db, IClock clock) : ICommandHandler<SetStudentMatchChoicesCommand, MatchChoicesDto>
{
    public async ValueTask<MatchChoicesDto> Handle(SetStudentMatchChoicesCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        round.EnsureCoordinatorMayChange();
        if (!await db.MatchParticipants.AnyAsync(p => p.RoundId == round.Id && p.StudentId == command.StudentId, cancellationToken))
        {
            throw NotFoundException.For($"Participant of match round {round.Id}: student", command.StudentId);
        }

        return await MatchChoiceWriter.ReplaceAsync(db, clock, round, command.StudentId, command.PostingIds, cancellationToken);
    }
}

internal static class MatchChoiceWriter
{
    public static async Task<MatchChoicesDto> ReplaceAsync(IAppDbContext db, IClock clock, MatchRound round, int studentId,
        IReadOnlyList<int> postingIds, CancellationToken cancellationToken)
    {
        round.CheckChoices(postingIds);

        var eligibility = await MatchEligibility.ForStudentAsync(db, clock, round, studentId, postingIds, cancellationToken);
        foreach (var postingId in postingIds)
        {
            var (posting, problems) = eligibility[postingId];
            if (problems.Count > 0)
            {
                throw new DomainRuleException($"'{posting.Title}' cannot be ranked: {string.Join(" ", problems)}");
            }
        }

        await db.MatchChoices.Where(c => c.RoundId == round.Id && c.StudentId == studentId).ExecuteDeleteAsync(cancellationToken);
        db.MatchChoices.AddRange(postingIds.Select((postingId, index) => new MatchChoice(round.Id, studentId, postingId, index + 1)));
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await ReadAsync(db, round.Id, studentId, cancellationToken);
    }

    public static async Task<MatchChoicesDto> ReadAsync(IAppDbContext db, int roundId, int studentId, CancellationToken cancellationToken)
    {
        var choices = await db.MatchChoices.Where(c => c.RoundId == roundId && c.StudentId == studentId).OrderBy(c => c.Rank)
            .Join(db.Postings, c => c.PostingId, p => p.Id, (c, p) => new RankedChoiceDto(c.Rank, p.Id, p.Title, p.Employer!.Name))
            .ToListAsync(cancellationToken);
        return new MatchChoicesDto(roundId, studentId, choices);
    }
}
