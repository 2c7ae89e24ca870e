using Internships.Domain.Common;

namespace Internships.Application.Features.Users;

/// <summary>Who may manage which accounts, and how an account's links are completed: shared by the account and invitation slices.</summary>
public static class UserRules
{
    /// <summary>
    /// Administrators manage every account; coordinators those of students and employer staff (and invite them), not
    /// those of district staff, whose power is theirs or greater.
    /// </summary>
    public static bool MayManage(ICurrentUser user, IEnumerable<string> targetRoles) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.Coordinator) && !Roles.IncludesDistrictStaff(targetRoles));

    /// <summary>The account exists (404) and the caller may manage it (403).</summary>
    public static async ValueTask<AccessDecision> ToManageAccountAsync(IIdentityService identity, ICurrentUser user, int userId,
        CancellationToken cancellationToken) =>
        await identity.FindAccountAsync(userId, cancellationToken) is not { } account ? AccessDecision.NotFound
        : MayManage(user, account.Roles) ? AccessDecision.Allow
        : AccessDecision.Forbid;

    /// <summary>Nobody locks themselves out by accident.</summary>
    public static void RefuseOwnAccount(ICurrentUser user, int userId, string action)
    {
        if (user.UserId == userId)
        {
            throw new ConflictException(RuleKeys.Accounts.NotYourOwnAccount, $"You cannot {action} your own account.", RuleMessage.Word("OwnAccount", action));
        }
    }

    /// <summary>The account as a change left it, for the answer: saved first, so the read sees it.</summary>
    public static async Task<AccountDto> SavedAccountAsync(IAppDbContext db, IIdentityService identity, int userId, CancellationToken cancellationToken)
    {
        // Saved here so the answer shows the account as it now is; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return (await identity.FindAccountAsync(userId, cancellationToken))!;
    }

    /// <summary>A supervisor's account also carries their employer, so they see their organisation's postings.</summary>
    public static async Task<int?> EmployerOfAccountAsync(IAppDbContext db, string role, int? employerId, int? supervisorId,
        CancellationToken cancellationToken) =>
        role == Roles.Supervisor
            ? await db.Supervisors.Where(s => s.Id == supervisorId).Select(s => (int?)s.EmployerId).FirstAsync(cancellationToken)
            : employerId;

    /// <summary>The record an account would act for is active (an inactive one's accounts are disabled).</summary>
    public static async Task<bool> RecordsAreActiveAsync(IAppDbContext db, int? studentId, int? employerId, int? supervisorId,
        CancellationToken cancellationToken) =>
        (studentId is not { } student || await db.Students.AnyAsync(s => s.Id == student && s.IsActive, cancellationToken))
        && (supervisorId is not { } supervisor || await db.Supervisors.AnyAsync(s => s.Id == supervisor && s.IsActive, cancellationToken))
        && (employerId is not { } employer || await db.Employers.AnyAsync(e => e.Id == employer && e.IsActive, cancellationToken));
}

/// <summary>The authorizer of the requests that act on one account by id.</summary>
public interface IAccountRequest
{
    int UserId { get; }
}

/// <summary>Lets the caller act on the account a request names only when they may manage it (<see cref="UserRules.MayManage"/>).</summary>
public abstract class AccountAuthorizer<TRequest>(IIdentityService identity, ICurrentUser user) : IResourceAuthorizer<TRequest>
    where TRequest : IAccountRequest
{
    public ValueTask<AccessDecision> AuthorizeAsync(TRequest request, CancellationToken cancellationToken) =>
        UserRules.ToManageAccountAsync(identity, user, request.UserId, cancellationToken);
}
