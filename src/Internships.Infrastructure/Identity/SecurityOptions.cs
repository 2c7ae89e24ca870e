using Microsoft.Extensions.Options;

namespace Internships.Infrastructure.Identity;

/// <summary>Sign-in and session settings (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Coordinators and administrators must sign in with a second factor (an authenticator app). On unless set off.</summary>
    public bool RequireTwoFactorForStaff { get; set; } = true;

    /// <summary>How long an API access token works. Each request also checks it against the account (see <see cref="SessionCheckInterval"/>).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an unused refresh token works; each one works once.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a host may trust what it last read about an account (its security stamp, whether it is enabled and its
    /// records active) before reading it again. The host that makes a change forgets its copy at once; other hosts see it
    /// within this time.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a password-reset link works.</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(2);
}

/// <summary>Single sign-on through the district's OpenID Connect providers (section <c>Sso</c>).</summary>
public sealed class SsoOptions
{
    public const string Section = "Sso";

    /// <summary>By name: the name is in the callback path, <c>/signin-oidc-{name}</c> in lower case.</summary>
    public Dictionary<string, SsoProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class SsoProviderOptions
{
    /// <summary>Shown on the sign-in page: "Sign in with {DisplayName}".</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The issuer's address (its discovery document is {Authority}/.well-known/openid-configuration): https, or http on loopback only.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>What to ask for; openid and email at least. Unset: openid, profile and email.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>The scopes asked for (configuration adds to a list rather than replacing it, so the default is applied here).</summary>
    public IReadOnlyList<string> EffectiveScopes => Scopes.Length == 0 ? ["openid", "profile", "email"] : Scopes;

    /// <summary>The e-mail domains whose people may sign in this way (at least one): the district's student and staff domains.</summary>
    public string[] AllowedDomains { get; set; } = [];

    /// <summary>The authentication scheme and callback path segment for a provider's name.</summary>
    public static string SchemeName(string name) => "oidc-" + name.ToLowerInvariant();

    public static string CallbackPath(string name) => "/signin-" + SchemeName(name);

    /// <summary>What is wrong with a provider's settings, if anything: checked at start-up, so a mistake stops the host with a clear message.</summary>
    public IEnumerable<string> Problems(string name)
    {
        var prefix = $"{SsoOptions.Section}:Providers:{name}";
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z0-9][A-Za-z0-9-]*$"))
        {
            yield return $"{prefix}: the provider's name may hold only letters, digits and hyphens (it is part of the callback path).";
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            yield return $"{prefix}:DisplayName is required.";
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return $"{prefix}:ClientId is required.";
        }

        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            yield return $"{prefix}:Authority must be an absolute https address.";
        }
        else if (authority.Scheme == "http" && !authority.IsLoopback)
        {
            yield return $"{prefix}:Authority must use https: plain http is accepted only for a provider on this machine's loopback address.";
        }

        if (AllowedDomains.Length == 0 || AllowedDomains.Any(string.IsNullOrWhiteSpace))
        {
            yield return $"{prefix}:AllowedDomains must list the e-mail domains that may sign in this way.";
        }

        if (!EffectiveScopes.Contains("openid") || !EffectiveScopes.Contains("email"))
        {
            yield return $"{prefix}:Scopes must include openid and email.";
        }
    }

    public bool IsLoopback => Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && authority.IsLoopback;

    public bool AllowsDomainOf(string email)
    {
        var at = email.LastIndexOf('@');
        return at > 0 && AllowedDomains.Any(d => string.Equals(email[(at + 1)..], d.Trim().TrimStart('@'), StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The sign-in settings, as the use cases see them.</summary>
internal sealed class SignInPolicy(IOptions<SecurityOptions> security, IOptions<SsoOptions> sso) : ISignInPolicy
{
    public bool DistrictSignInConfigured => sso.Value.Providers.Count > 0;

    public bool TwoFactorRequiredForStaff => security.Value.RequireTwoFactorForStaff;
}
