namespace Internships.Application.Features.Badges;

/// <summary>How the student's future badges name them to the world: their e-mail address (hashed) or an opaque address.</summary>
public sealed record BadgeRecipientDto(bool Opaque, string Address);

/// <summary>The student's choice for the badges they have not received yet.</summary>
[Authorize(Roles.Student)]
public sealed record GetMyBadgeRecipientQuery : IQuery<BadgeRecipientDto>;

public sealed class GetMyBadgeRecipientHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetMyBadgeRecipientQuery, BadgeRecipientDto>
{
    public async ValueTask<BadgeRecipientDto> Handle(GetMyBadgeRecipientQuery query, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == user.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", user.StudentId ?? 0);
        return new BadgeRecipientDto(student.BadgeRecipientAlias is not null, student.BadgeRecipientAlias ?? student.Email);
    }
}

/// <summary>
/// Open Badges publishes a badge's recipient as a salted hash of an address, so anyone who guesses the student's e-mail
/// address can confirm a badge is theirs. A student who wants none confirmable has future badges made out to an opaque
/// address on the district's domain instead (badges already issued keep theirs: what was signed is fixed). E-mail about
/// the badge still goes to their real address.
/// </summary>
[Authorize(Roles.Student)]
public sealed record SetMyBadgeRecipientCommand(bool? Opaque) : ICommand<BadgeRecipientDto>;

public sealed class SetMyBadgeRecipientValidator : AbstractValidator<SetMyBadgeRecipientCommand>
{
    public SetMyBadgeRecipientValidator() =>
        RuleFor(x => x.Opaque).NotNull().WithMessageKey("Badges.OpaqueRequired");
}

public sealed class SetMyBadgeRecipientHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges)
    : ICommandHandler<SetMyBadgeRecipientCommand, BadgeRecipientDto>
{
    public async ValueTask<BadgeRecipientDto> Handle(SetMyBadgeRecipientCommand command, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == user.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", user.StudentId ?? 0);
        var districtDomain = new Uri(openBadges.IssuerProfile()["id"]!.GetValue<string>()).Host;
        student.UseOpaqueBadgeRecipient(command.Opaque!.Value, districtDomain);
        return new BadgeRecipientDto(student.BadgeRecipientAlias is not null, student.BadgeRecipientAlias ?? student.Email);
    }
}
