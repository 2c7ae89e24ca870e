using System.Security.Claims;
using Internships.Application.Common.Security;
using Internships.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Identity;

/// <summary>Why a sign-in through the district's provider was turned away.</summary>
public enum DistrictSignInRefusal
{
    /// <summary>The provider did not say the e-mail address is verified.</summary>
    EmailNotVerified,

    /// <summary>The address is not in one of the provider's allowed domains.</summary>
    DomainNotAllowed,

    /// <summary>Nobody with this address is on the district's roster (or has an account): no one signs themselves up.</summary>
    NotOnRoster,

    /// <summary>The account is disabled, or the record it acts for is inactive.</summary>
    AccountDisabled,
}

/// <summary>
/// Finds the account for a person the district's OpenID provider vouched for: the account already linked to that
/// provider's subject, else the account with the same verified e-mail address, else, for a rostered and active student
/// with that address and no account yet, a new student account. Anyone else is refused: there is no self-registration.
/// Like the password check, this is sign-in work, done by the identity framework outside the mediator.
/// </summary>
public sealed class DistrictAccounts(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, IOptions<SsoOptions> sso)
{
    public async Task<(AppUser? User, DistrictSignInRefusal? Refusal)> FindOrLinkAsync(string providerName, ExternalLoginInfo login,
        CancellationToken cancellationToken)
    {
        var linked = await users.FindByLoginAsync(login.LoginProvider, login.ProviderKey);
        if (linked is not null)
        {
            return await signIn.CanSignInAsync(linked) ? (linked, null) : (null, DistrictSignInRefusal.AccountDisabled);
        }

        var email = login.Principal.FindFirstValue(ClaimTypes.Email) ?? login.Principal.FindFirstValue("email");
        var verified = login.Principal.FindFirstValue("email_verified");
        if (string.IsNullOrWhiteSpace(email) || !string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase))
        {
            return (null, DistrictSignInRefusal.EmailNotVerified);
        }

        if (!sso.Value.Providers.TryGetValue(providerName, out var provider) || !provider.AllowsDomainOf(email))
        {
            return (null, DistrictSignInRefusal.DomainNotAllowed);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            var upper = email.Trim().ToUpperInvariant();
            var students = await db.Students.Where(s => s.IsActive && s.Email.ToUpper() == upper).Select(s => s.Id).Take(2).ToListAsync(cancellationToken);
            if (students.Count != 1)
            {
                return (null, DistrictSignInRefusal.NotOnRoster);
            }

            user = new AppUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, StudentId = students[0] };
            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, Roles.Student));
        }
        else if (!await signIn.CanSignInAsync(user))
        {
            return (null, DistrictSignInRefusal.AccountDisabled);
        }

        Check(await users.AddLoginAsync(user, new UserLoginInfo(login.LoginProvider, login.ProviderKey, login.ProviderDisplayName)));
        return (user, null);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
