using FluentValidation.Results;
using System.Text.Json.Serialization;

namespace Internships.Application.Features.Badges;

/// <summary>
/// The student chooses whether the public pages show the details of an award's evidence (the employer, the supervisor's
/// words, their own tasks and work) or only its kinds. A student under 18 records that a parent or guardian agreed, and
/// who. Reversible: showing less needs no one's consent.
/// </summary>
[Authorize(Roles.Student)]
public sealed record SetAwardDetailsPublicationCommand(bool? ShowDetails, bool GuardianConsented = false, string? GuardianName = null)
    : ICommand<AwardDto>
{
    [JsonIgnore]
    public Guid AwardId { get; init; }
}

public sealed class SetAwardDetailsPublicationValidator : AbstractValidator<SetAwardDetailsPublicationCommand>
{
    public SetAwardDetailsPublicationValidator()
    {
        RuleFor(x => x.ShowDetails).NotNull().WithMessageKey("Badges.DetailsShowRequired");
        RuleFor(x => x.GuardianName).MaximumLength(200).WithMessageKey("Badges.GuardianNameTooLong");
        RuleFor(x => x.GuardianName).NotEmpty().When(x => x.GuardianConsented)
            .WithMessageKey("Badges.GuardianNameRequired");
    }
}

public sealed class SetAwardDetailsPublicationHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : ICommandHandler<SetAwardDetailsPublicationCommand, AwardDto>
{
    public async ValueTask<AwardDto> Handle(SetAwardDetailsPublicationCommand command, CancellationToken cancellationToken)
    {
        var award = await db.LoadMyAwardAsync(user, command.AwardId, cancellationToken);
        var show = command.ShowDetails!.Value;
        if (show && award.IsRecipientMinorOn(clock.Today) && !command.GuardianConsented)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.GuardianConsented),
                "A student under 18 needs a parent's or guardian's consent to show these details.")]);
        }

        award.SetDetailsPublication(show, command.GuardianConsented ? command.GuardianName : null, clock.Today, clock.UtcNow);
        return AwardDto.From(award, award.BadgeClass!, openBadges, clock);
    }
}
