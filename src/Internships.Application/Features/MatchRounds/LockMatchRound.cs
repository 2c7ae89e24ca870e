namespace Internships.Application.Features.MatchRounds;

/// <summary>A coordinator freezes the round's preferences so the match can run.</summary>
[Authorize(Roles.Coordinator)]
public sealed record LockMatchRoundCommand(int RoundId) : ICommand<MatchRoundDto>;

public sealed class LockMatchRoundAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<LockMatchRoundCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(LockMatchRoundCommand request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class LockMatchRoundHandler(IAppDbContext db, IClock clock) : ICommandHandler<LockMatchRoundCommand, MatchRoundDto>
{
    public async ValueTask<MatchRoundDto> Handle(LockMatchRoundCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        round.Lock(clock.UtcNow);
        return await db.SaveAndReadRoundAsync(round.Id, cancellationToken);
    }
}
