using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Internships.Infrastructure.Identity;

public sealed class IdentityService(UserManager<AppUser> userManager, AppDbContext db) : IIdentityService
{
    public async Task<AccountCreationResult> CreateAccountAsync(NewAccount account, CancellationToken cancellationToken)
    {
        var user = new AppUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            StudentId = account.StudentId,
            EmployerId = account.EmployerId,
            SupervisorId = account.SupervisorId,
        };

        var created = await userManager.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            return new AccountCreationResult(null, created.Errors.Select(e => e.Description).ToList());
        }

        var inRole = await userManager.AddToRoleAsync(user, account.Role);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"Could not put the new account in role {account.Role}.");
        }

        return new AccountCreationResult(user.Id, []);
    }

    public Task<bool> EmailInUseAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = userManager.NormalizeEmail(email);
        return db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }

    public async Task<AccountDto?> FindAccountAsync(int userId, CancellationToken cancellationToken) =>
        (await Accounts(db.Users.Where(u => u.Id == userId)).ToListAsync(cancellationToken)).FirstOrDefault();

    public async Task<PagedResult<AccountDto>> ListAccountsAsync(string? role, int page, int pageSize, CancellationToken cancellationToken)
    {
        var users = db.Users.AsQueryable();
        if (role is not null)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        return await Accounts(users.OrderBy(u => u.Email).ThenBy(u => u.Id)).ToPageAsync(page, pageSize, cancellationToken);
    }

    private IQueryable<AccountDto> Accounts(IQueryable<AppUser> users) =>
        users.AsNoTracking().Select(u => new AccountDto(
            u.Id,
            u.Email!,
            db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            u.StudentId,
            u.EmployerId,
            u.SupervisorId));
}
