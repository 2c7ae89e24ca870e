using System.Text.Json.Serialization;
using Internships.Domain.Common;

namespace Internships.Application.Features.Badges;

/// <summary>A coordinator revises a badge or retires it (retired badges are no longer awarded; awards already made stand).</summary>
[Authorize(Roles.Coordinator)]
public sealed record UpdateBadgeClassCommand : BadgeClassFields, ICommand<BadgeClassDto>, IHasExpectedVersion
{
    public bool IsActive { get; init; } = true;

    [JsonIgnore]
    public int BadgeClassId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Badges.BadgeClass>(BadgeClassId);
}

public sealed class UpdateBadgeClassValidator : AbstractValidator<UpdateBadgeClassCommand>
{
    public UpdateBadgeClassValidator(IAppDbContext db)
    {
        Include(new BadgeClassFieldsValidator(db));
        RuleFor(x => x.PrerequisiteIds).Must((command, ids) => ids is null || !ids.Contains(command.BadgeClassId))
            .WithMessageKey("Badges.OwnPrerequisite");
    }
}

public sealed class UpdateBadgeClassHandler(IAppDbContext db, IOpenBadges openBadges) : ICommandHandler<UpdateBadgeClassCommand, BadgeClassDto>
{
    public async ValueTask<BadgeClassDto> Handle(UpdateBadgeClassCommand command, CancellationToken cancellationToken)
    {
        var badge = await db.BadgeClasses.FirstOrDefaultAsync(b => b.Id == command.BadgeClassId, cancellationToken)
            ?? throw NotFoundException.For("Badge", command.BadgeClassId);
        var name = command.Name.Trim();
        if (await db.BadgeClasses.AnyAsync(b => b.Name == name && b.Id != badge.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Badges.NameTaken, $"Another badge is already named {name}.", name);
        }

        if (command.RecipientType != badge.RecipientType && await db.BadgeAwards.AnyAsync(a => a.BadgeClassId == badge.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Badges.RecipientKindFixed, "The badge has been awarded: who it is for can no longer change.");
        }

        badge.Update(command.ToDetails(command.IsActive));
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadBadgeClassAsync(openBadges, badge.Id, cancellationToken);
    }
}
