using System.Text.Json.Serialization;

namespace Internships.Application.Features.Badges;

/// <summary>The student chooses whether the public pages show their name (hidden unless they say so).</summary>
[Authorize(Roles.Student)]
public sealed record SetAwardNameVisibilityCommand(bool ShowName) : ICommand<AwardDto>
{
    [JsonIgnore]
    public Guid AwardId { get; init; }
}

public sealed class SetAwardNameVisibilityHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : ICommandHandler<SetAwardNameVisibilityCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(SetAwardNameVisibilityCommand command, CancellationToken cancellationToken)
    {
        var award = await db.LoadMyAwardAsync(user, command.AwardId, cancellationToken);
        award.ShowNamePublicly(command.ShowName);
        return AwardDto.From(award, award.BadgeClass!, openBadges, clock);
    }
}
