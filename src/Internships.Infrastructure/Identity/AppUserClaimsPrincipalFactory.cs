using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Identity;

/// <summary>Adds the account's student, employer and supervisor links to the signed-in principal.</summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        AddIfSet(identity, AppClaimTypes.StudentId, user.StudentId);
        AddIfSet(identity, AppClaimTypes.EmployerId, user.EmployerId);
        AddIfSet(identity, AppClaimTypes.SupervisorId, user.SupervisorId);
        return identity;
    }

    private static void AddIfSet(ClaimsIdentity identity, string type, int? value)
    {
        if (value is { } id)
        {
            identity.AddClaim(new Claim(type, id.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
