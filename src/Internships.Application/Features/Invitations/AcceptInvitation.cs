using FluentValidation.Results;
using Internships.Application.Features.Users;
using Internships.Domain.Accounts;
using Internships.Domain.Common;

namespace Internships.Application.Features.Invitations;

/// <summary>
/// The invitee chooses a password with the link's secret: the account is opened in the invitation's role, for its record,
/// and the link is spent. Open to anyone holding the link (the secret is the authorisation; the host limits attempts).
/// </summary>
[AllowAnonymous]
public sealed record AcceptInvitationCommand(string Token, string Password) : ICommand<AccountDto>;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Token).NotEmpty().WithMessageKey("Invitations.CodeMissing")
            .MaximumLength(200).WithMessageKey("Invitations.CodeTooLong");
        RuleFor(x => x.Password).NotEmpty().WithMessageKey("Invitations.PasswordRequired")
            .MaximumLength(128).WithMessageKey("Credentials.PasswordTooLong");
    }
}

public sealed class AcceptInvitationHandler(IAppDbContext db, IIdentityService identity, IClock clock) : ICommandHandler<AcceptInvitationCommand, AccountDto>
{
    /// <summary>Why a link is refused, in the request's language (the API's problem details, the page).</summary>
    public static string LinkNotWorking => ValidationText.Get("Invitations.LinkNotWorking");

    public async ValueTask<AccountDto> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var invitation = await InvitationRules.FindByTokenAsync(db, command.Token, cancellationToken);
        if (invitation is null || invitation.StatusAt(now) != InvitationStatus.Pending)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Token), LinkNotWorking)]);
        }

        if (!await UserRules.RecordsAreActiveAsync(db, invitation.StudentId, invitation.EmployerId, invitation.SupervisorId, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Accounts.RecordNoLongerActive, "The record this account was to act for is no longer active, so the account cannot be opened.");
        }

        if (await identity.EmailInUseAsync(invitation.Email, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Accounts.AccountExistsSignIn, $"An account for {invitation.Email} exists already: sign in, or reset its password.", invitation.Email);
        }

        var created = await identity.CreateAccountAsync(new NewAccount(invitation.Email, command.Password, invitation.Role, invitation.StudentId,
            invitation.EmployerId, invitation.SupervisorId), cancellationToken);
        if (!created.Succeeded)
        {
            throw new ValidationException(created.PasswordErrors.Select(e => new ValidationFailure(nameof(command.Password), e)));
        }

        invitation.Accept(created.UserId!.Value, now);
        return (await identity.FindAccountAsync(created.UserId.Value, cancellationToken))!;
    }
}
