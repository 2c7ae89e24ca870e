using Internships.Domain.Badges;
using Internships.Domain.Common;

namespace Internships.Application.Features.Badges;

/// <summary>A coordinator adds a badge to the catalogue, optionally co-designed with (endorsed by) an employer.</summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateBadgeClassCommand : BadgeClassFields, ICommand<BadgeClassDto>;

public sealed class CreateBadgeClassValidator : AbstractValidator<CreateBadgeClassCommand>
{
    public CreateBadgeClassValidator(IAppDbContext db) => Include(new BadgeClassFieldsValidator(db));
}

public sealed class CreateBadgeClassHandler(IAppDbContext db, IClock clock, IOpenBadges openBadges) : ICommandHandler<CreateBadgeClassCommand, BadgeClassDto>
{
    public async ValueTask<BadgeClassDto> Handle(CreateBadgeClassCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.BadgeClasses.AnyAsync(b => b.Name == name, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Badges.NameExists, $"The catalogue already has a badge named {name}.", name);
        }

        var badge = new BadgeClass(command.ToDetails(), clock.UtcNow);
        db.BadgeClasses.Add(badge);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadBadgeClassAsync(openBadges, badge.Id, cancellationToken);
    }
}
