namespace Internships.Application.Features.MatchRounds;

/// <summary>A coordinator changes how many places a posting fills in the round, until it is published.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ChangeRoundCapacityCommand(int Capacity) : ICommand<MatchRoundDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public int PostingId { get; init; }
}

public sealed class ChangeRoundCapacityValidator : AbstractValidator<ChangeRoundCapacityCommand>
{
    public ChangeRoundCapacityValidator() => RuleFor(x => x.Capacity).InclusiveBetween(0, 1000).WithMessageKey("MatchRounds.CapacityRange");
}

public sealed class ChangeRoundCapacityAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<ChangeRoundCapacityCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ChangeRoundCapacityCommand request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

public sealed class ChangeRoundCapacityHandler(IAppDbContext db) : ICommandHandler<ChangeRoundCapacityCommand, MatchRoundDto>
{
    public async ValueTask<MatchRoundDto> Handle(ChangeRoundCapacityCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        round.ChangeCapacity(command.PostingId, command.Capacity);
        return await db.SaveAndReadRoundAsync(round.Id, cancellationToken);
    }
}
