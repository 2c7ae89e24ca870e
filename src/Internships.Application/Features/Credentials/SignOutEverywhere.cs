namespace Internships.Application.Features.Credentials;

/// <summary>Ends every session of the caller's account, on every device: access tokens, refresh tokens and sign-in cookies.</summary>
public sealed record SignOutEverywhereCommand : ICommand;

public sealed class SignOutEverywhereHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<SignOutEverywhereCommand>
{
    public async ValueTask<Unit> Handle(SignOutEverywhereCommand command, CancellationToken cancellationToken)
    {
        await security.EndSessionsAsync(user.UserId!.Value, cancellationToken);
        return Unit.Value;
    }
}
