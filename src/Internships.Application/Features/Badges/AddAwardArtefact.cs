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
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the evidence's name.").MaximumLength(120).WithMessage("The name is at most 120 characters.");
        RuleFor(x => x.Url).NotEmpty().WithMessage("Enter the evidence's address.").MaximumLength(500).WithMessage("The address is at most 500 characters.")
            .Must(BadgeRules.IsHttpUrl).WithMessage("Enter the address starting with https:// or http://.");
        RuleFor(x => x.Description).MaximumLength(1000).WithMessage("The description is at most 1,000 characters.");
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
