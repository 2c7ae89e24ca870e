using Internships.Domain.Matching;

namespace Internships.Application.Features.MatchRounds;

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
        RuleFor(x => x.PostingIds).NotNull().WithMessageKey("MatchRounds.MyChoicesRequired").Must(ids => ids.Count <= MatchRound.MaxChoicesLimit)
            .WithMessage(_ => ValidationText.Format("MatchRounds.MyChoicesTooMany", MatchRound.MaxChoicesLimit));
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
        return await db.ReplaceChoicesAsync(clock, round, user.StudentId!.Value, command.PostingIds, cancellationToken);
    }
}
