using Internships.Domain.Matching;

namespace Internships.Application.Features.MatchRounds;

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
        RuleFor(x => x.PostingIds).NotNull().WithMessageKey("MatchRounds.ChoicesRequired").Must(ids => ids.Count <= MatchRound.MaxChoicesLimit)
            .WithMessage(_ => ValidationText.Format("MatchRounds.ChoicesTooMany", MatchRound.MaxChoicesLimit));
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

        return await db.ReplaceChoicesAsync(clock, round, command.StudentId, command.PostingIds, cancellationToken);
    }
}
