namespace Internships.Application.Features.Users;

/// <summary>
/// The signed-in person chooses the language of their pages ("en-US" or "es-US"), which then wins over the browser's
/// and the language switch's; null follows the browser again.
/// </summary>
public sealed record SetMyLanguageCommand(string? Language) : ICommand<LanguagePreferenceDto>;

public sealed class SetMyLanguageValidator : AbstractValidator<SetMyLanguageCommand>
{
    public SetMyLanguageValidator() =>
        RuleFor(x => x.Language).Must(l => l is null || Languages.All.Contains(l)).WithMessageKey("Languages.OneOf");
}

public sealed class SetMyLanguageHandler(ICurrentUser user, IIdentityService identity) : ICommandHandler<SetMyLanguageCommand, LanguagePreferenceDto>
{
    public async ValueTask<LanguagePreferenceDto> Handle(SetMyLanguageCommand command, CancellationToken cancellationToken)
    {
        await identity.SetPreferredLanguageAsync(user.UserId!.Value, command.Language, cancellationToken);
        return new LanguagePreferenceDto(command.Language, Languages.All);
    }
}
