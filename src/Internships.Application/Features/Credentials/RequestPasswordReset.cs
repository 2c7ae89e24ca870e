using System.Globalization;
using Internships.Application.Features.Notifications;
using Internships.Domain.Notifications;

namespace Internships.Application.Features.Credentials;

/// <summary>
/// "I forgot my password": when an account with this address may reset its password, it is sent a link (valid for
/// <c>Security:PasswordResetLifetime</c>, two hours by default). The answer is the same whether or not there is one, so
/// the form cannot be used to find out who has an account.
/// </summary>
[AllowAnonymous]
public sealed record RequestPasswordResetCommand(string Email) : ICommand;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() => RuleFor(x => x.Email).NotEmpty().WithMessageKey("Credentials.EmailRequired")
        .MaximumLength(254).WithMessageKey("Credentials.EmailTooLong")
        .EmailAddress().WithMessageKey("Credentials.EmailFormat");
}

public sealed class RequestPasswordResetHandler(IAccountSecurity security, NotificationOutbox outbox) : ICommandHandler<RequestPasswordResetCommand>
{
    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        if (await security.CreatePasswordResetAsync(command.Email, cancellationToken) is { } ticket)
        {
            await outbox.QueueAsync(NotificationKind.PasswordReset, ticket.Email, t => new NotificationMessage(ticket.Email,
                t["PasswordReset.Subject"],
                [t["PasswordReset.Body"], t["PasswordReset.Choose"], t["PasswordReset.NotYou"]],
                t["PasswordReset.Link"], NotificationLinks.ResetPassword(ticket.Token)), cancellationToken,
                fallbackLanguage: CultureInfo.CurrentUICulture.Name); // asked for from a page: its language, when the account chose none
        }

        return Unit.Value;
    }
}
