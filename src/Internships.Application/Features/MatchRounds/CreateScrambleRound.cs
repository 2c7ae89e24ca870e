using Internships.Domain.Common;
using Internships.Domain.Matching;
using Internships.Domain.Postings;

namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// A scramble round after a published one: its unmatched students may rank the places it left unfilled (postings
/// still open), and the round then runs like any other.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateScrambleRoundCommand(string Name, DateOnly PreferenceDeadline, int MaxChoices = MatchRound.DefaultMaxChoices)
    : ICommand<MatchRoundDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }
}

public sealed class CreateScrambleRoundValidator : AbstractValidator<CreateScrambleRoundCommand>
{
    public CreateScrambleRoundValidator(IClock clock)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("MatchRounds.NameRequired").MaximumLength(120).WithMessageKey("MatchRounds.NameTooLong");
        RuleFor(x => x.PreferenceDeadline).GreaterThanOrEqualTo(_ => clock.Today).WithMessageKey("MatchRounds.DeadlinePast");
        RuleFor(x => x.MaxChoices).InclusiveBetween(1, MatchRound.MaxChoicesLimit)
            .WithMessage(_ => ValidationText.Format("MatchRounds.MaxChoicesRange", MatchRound.MaxChoicesLimit));
    }
}

public sealed class CreateScrambleRoundAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<CreateScrambleRoundCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CreateScrambleRoundCommand request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class CreateScrambleRoundHandler(IAppDbContext db, IBulkWriter bulk, IClock clock) : ICommandHandler<CreateScrambleRoundCommand, MatchRoundDto>
{
    public async ValueTask<MatchRoundDto> Handle(CreateScrambleRoundCommand command, CancellationToken cancellationToken)
    {
        var published = await db.FindRoundAsync(command.RoundId, cancellationToken);
        if (published.PublishedRunNumber is not { } number)
        {
            throw new DomainRuleException(RuleKeys.Matching.ScrambleAfterPublished, "A scramble round follows a published round; publish this one first.");
        }

        var run = await db.FindRunAsync(published.Id, number, cancellationToken);
        var filled = await db.MatchOutcomes.Where(o => o.RunId == run.Id && o.PostingId != null).GroupBy(o => o.PostingId!.Value)
            .Select(g => new { PostingId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.PostingId, g => g.Count, cancellationToken);
        var roundPostingIds = published.Postings.Select(p => p.PostingId).ToList();
        var open = (await db.Postings.Where(p => roundPostingIds.Contains(p.Id) && p.Status == PostingStatus.Open).Select(p => p.Id)
            .ToListAsync(cancellationToken)).ToHashSet();
        var unfilled = published.Postings
            .Select(p => (p.PostingId, Capacity: p.Capacity - filled.GetValueOrDefault(p.PostingId)))
            .Where(p => p.Capacity > 0 && open.Contains(p.PostingId))
            .ToList();

        var scramble = MatchRound.CreateScramble(published, command.Name, command.MaxChoices, command.PreferenceDeadline, unfilled, clock.Today, clock.UtcNow);
        db.MatchRounds.Add(scramble);
        // Saved here for the new round's id, which its participants need; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);

        var unmatched = await db.MatchOutcomes.Where(o => o.RunId == run.Id && o.PostingId == null).Select(o => o.StudentId).ToListAsync(cancellationToken);
        // In bulk, as a round's participants are written (CreateMatchRound): a state round can leave tens of thousands unmatched.
        await bulk.InsertAsync(unmatched.Select(id => new MatchParticipant(scramble.Id, id)).ToList(), cancellationToken);
        return await db.SaveAndReadRoundAsync(scramble.Id, cancellationToken);
    }
}
