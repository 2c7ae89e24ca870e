using Internships.Application.Features.Notifications;
using Internships.Application.Features.Users;
using Internships.Domain.Accounts;
using Internships.Domain.Common;

namespace Internships.Application.Features.Invitations;

/// <summary>
/// A coordinator invites an employer's admin, a supervisor, or (when the district has no single sign-on) a student; an
/// administrator may also invite coordinators and administrators. The invitee gets an e-mail with a one-time link, valid
/// for seven days, where they choose their password; the account is opened then, in the role and for the record named here.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record InviteUserCommand(string Email, string Role, int? StudentId, int? EmployerId, int? SupervisorId)
    : ICommand<InvitationDto>, IAccountLinkFields;

public sealed class InviteUserValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserValidator(IAppDbContext db) => Include(new AccountLinkValidator(db));
}

public sealed class InviteUserAuthorizer(ICurrentUser user) : IResourceAuthorizer<InviteUserCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(InviteUserCommand request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(InvitationRules.MayInvite(user, request.Role) ? AccessDecision.Allow : AccessDecision.Forbid);
}

public sealed class InviteUserHandler(IAppDbContext db, IIdentityService identity, ISignInPolicy signIn, NotificationOutbox outbox,
    ICurrentUser user, IClock clock) : ICommandHandler<InviteUserCommand, InvitationDto>
{
    public async ValueTask<InvitationDto> Handle(InviteUserCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var now = clock.UtcNow;
        if (command.Role == Roles.Student && signIn.DistrictSignInConfigured)
        {
            throw new ConflictException(RuleKeys.Accounts.StudentsNeedNoInvitation, "Students sign in with their district account (single sign-on): they need no invitation.");
        }

        if (await identity.EmailInUseAsync(email, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Accounts.AccountExists, $"An account for {email} already exists.", email);
        }

        var pending = await db.Invitations.Where(i => i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .AnyAsync(cancellationToken);
        if (pending)
        {
            throw new ConflictException(RuleKeys.Accounts.InvitationWaiting, $"{email} has an invitation waiting already: send that one again instead.", email);
        }

        var employerId = await UserRules.EmployerOfAccountAsync(db, command.Role, command.EmployerId, command.SupervisorId, cancellationToken);
        if (!await UserRules.RecordsAreActiveAsync(db, command.StudentId, employerId, command.SupervisorId, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Accounts.RecordInactive, "The student, supervisor or employer this account would act for is inactive.");
        }

        var token = SecretTokens.New();
        var invitation = new Invitation(email, command.Role, command.StudentId, employerId, command.SupervisorId, user.UserName ?? "", SecretTokens.Hash(token), now);
        db.Invitations.Add(invitation);
        await InvitationRules.QueueEmailAsync(db, outbox, invitation, token, cancellationToken);
        // Saved here to read back the new invitation's id for the answer; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return InvitationRules.ToDto(invitation, now);
    }
}
