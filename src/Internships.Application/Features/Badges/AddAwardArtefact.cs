using System.Text.Json.Serialization;

namespace Internships.Application.Features.Badges;

/// <summary>The student links work that shows what they did (a video, written work), to travel with the award as evidence.</summary>
[Authorize(Roles.Student)]
public sealed record AddAwardArtefactCommand(string Name, string Url, string? Description) : ICommand<AwardDto>
{
    [JsonIgnore]
    public Guid AwardId { get; init; }
}

public sealed class AddAwardArtefactValidator : AbstractValidator<AddAwardArtefactCommand>
{
    public AddAwardArtefactValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Badges.ArtefactNameRequired").MaximumLength(120).WithMessageKey("Badges.ArtefactNameTooLong");
        RuleFor(x => x.Url).NotEmpty().WithMessageKey("Badges.ArtefactUrlRequired").MaximumLength(500).WithMessageKey("Badges.ArtefactUrlTooLong")
            .Must(BadgeRules.IsHttpUrl).WithMessageKey("Badges.ArtefactUrlFormat");
        RuleFor(x => x.Description).MaximumLength(1000).WithMessageKey("Badges.ArtefactDescriptionTooLong");
    }
}

public sealed class AddAwardArtefactHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : ICommandHandler<AddAwardArtefactCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(AddAwardArtefactCommand command, CancellationToken cancellationToken)
    {
        var award = await db.LoadMyAwardAsync(user, command.AwardId, cancellationToken);
        award.AddArtefact(command.Name, command.Url, command.Description);
        return AwardDto.From(award, award.BadgeClass!, openBadges, clock);
    }
}
