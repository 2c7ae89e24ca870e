using Internships.Application.Features.Notifications;
using Internships.Application.Features.Users;
using Internships.Domain.Accounts;
using Internships.Domain.Notifications;

namespace Internships.Application.Features.Invitations;

/// <summary>What the invitation slices share: who may send which, whom an invitation is for, and its e-mail.</summary>
public static class InvitationRules
{
    /// <summary>An invitation is managed by whoever may manage the account it opens (<see cref="UserRules.MayManage"/>).</summary>
    public static bool MayInvite(ICurrentUser user, string role) => UserRules.MayManage(user, [role]);

    public static InvitationDto ToDto(Invitation i, DateTime now) => new(i.Id, i.Email, i.Role, i.StudentId, i.EmployerId, i.SupervisorId,
        i.InvitedBy, i.CreatedAt, i.LastSentAt, i.TimesSent, i.ExpiresAt, i.StatusAt(now), i.AcceptedAt, i.AccountId, i.RevokedAt);

    public static async Task<Invitation> FindAsync(IAppDbContext db, int invitationId, CancellationToken cancellationToken) =>
        await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken)
        ?? throw Common.Exceptions.NotFoundException.For("Invitation", invitationId);

    /// <summary>The invitation whose link carries this secret, or null.</summary>
    public static Task<Invitation?> FindByTokenAsync(IAppDbContext db, string token, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(token);
        return db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
    }

    /// <summary>"Kings River Water Agency", "Lee Chen at Kings River Water Agency", "Maya Ortiz", or "the district" for staff.</summary>
    public static async Task<string> DescribeRecordAsync(IAppDbContext db, Invitation invitation, CancellationToken cancellationToken) =>
        await RecordOfAsync(db, invitation, cancellationToken) switch
        {
            ({ } person, { } organisation) => $"{person} at {organisation}",
            (var person, var organisation) => person ?? organisation ?? "the district",
        };

    /// <summary>
    /// The person and the organisation the account will act for: a student (person only), a supervisor (both), an
    /// employer's admin (organisation only), or neither for the district's own staff.
    /// </summary>
    public static async Task<(string? Person, string? Organisation)> RecordOfAsync(IAppDbContext db, Invitation invitation,
        CancellationToken cancellationToken)
    {
        if (invitation.StudentId is { } studentId)
        {
            return (await db.Students.Where(s => s.Id == studentId).Select(s => s.FirstName + " " + s.LastName).FirstAsync(cancellationToken), null);
        }

        if (invitation.SupervisorId is { } supervisorId)
        {
            var supervisor = await db.Supervisors.Where(s => s.Id == supervisorId)
                .Join(db.Employers, s => s.EmployerId, e => e.Id, (s, e) => new { Person = s.FirstName + " " + s.LastName, Organisation = e.Name })
                .FirstAsync(cancellationToken);
            return (supervisor.Person, supervisor.Organisation);
        }

        return invitation.EmployerId is { } employerId
            ? (null, await db.Employers.Where(e => e.Id == employerId).Select(e => e.Name).FirstAsync(cancellationToken))
            : (null, null);
    }

    /// <summary>Queues the e-mail with the link, in the caller's transaction (the secret is in the e-mail only).</summary>
    public static async Task QueueEmailAsync(IAppDbContext db, NotificationOutbox outbox, Invitation invitation, string token,
        CancellationToken cancellationToken)
    {
        var record = await DescribeRecordAsync(db, invitation, cancellationToken);
        var role = invitation.Role switch
        {
            Roles.Student or Roles.EmployerAdmin or Roles.Supervisor or Roles.Coordinator => $"Invitation.Role.{invitation.Role}",
            _ => "Invitation.Role.Admin",
        };
        var name = invitation.StudentId is not null || invitation.SupervisorId is not null ? record.Split(" at ")[0] : invitation.Email;
        await outbox.QueueAsync(NotificationKind.AccountInvitation, invitation.Email, t => new NotificationMessage(name,
            t["Invitation.Subject"],
            [t["Invitation.Body", t[role, record]], t["Invitation.Password"], t["Invitation.Ignore"]],
            t["Invitation.Link"], NotificationLinks.AcceptInvitation(token)), cancellationToken);
    }
}

/// <summary>The requests that act on one invitation by id.</summary>
public interface IInvitationRequest
{
    int InvitationId { get; }
}

/// <summary>The invitation exists (404) and the caller may manage the account it opens (403).</summary>
public abstract class InvitationAuthorizer<TRequest>(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<TRequest>
    where TRequest : IInvitationRequest
{
    public async ValueTask<AccessDecision> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        await db.Invitations.Where(i => i.Id == request.InvitationId).Select(i => i.Role).FirstOrDefaultAsync(cancellationToken) is not { } role
            ? AccessDecision.NotFound
            : InvitationRules.MayInvite(user, role) ? AccessDecision.Allow : AccessDecision.Forbid;
}
