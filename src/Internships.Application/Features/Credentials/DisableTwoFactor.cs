using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Mediator;

namespace Internships.Application.Features.Credentials;

/// <summary>
/// Turns two-factor sign-in off, and ends the account's sessions. Where it is required (coordinators and administrators),
/// nothing but setting it up again is possible until it is back on.
/// </summary>
public sealed record DisableTwoFactorCommand : ICommand;

public sealed class DisableTwoFactorHandler(IAccountSecurity security, ICurrentUser user) : ICommandHandler<DisableTwoFactorCommand>
{
    public async ValueTask<Unit> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        if (!(await security.GetTwoFactorStateAsync(user.UserId!.Value, cancellationToken)).Enabled)
        {
            throw new ConflictException("Two-factor sign-in is off already.");
        }

        await security.DisableTwoFactorAsync(user.UserId.Value, cancellationToken);
        return Unit.Value;
    }
}
