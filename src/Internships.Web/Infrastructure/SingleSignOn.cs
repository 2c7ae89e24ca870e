using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace Internships.Web.Infrastructure;

/// <summary>
/// "Sign in with your district account": one OpenID Connect scheme per provider under <c>Sso:Providers:{name}</c>
/// (Google Workspace, Microsoft Entra ID, Clever, ClassLink or any standard provider), authorization code flow with
/// PKCE, answering on <c>/signin-oidc-{name}</c>. The provider's answer lands in Identity's external cookie; the
/// sign-in page (<c>/account/external</c>) then links it to the rostered person with the same verified address
/// (<see cref="DistrictAccounts"/>). Settings that are wrong stop the host at start-up with the reason.
/// </summary>
public static class SingleSignOn
{
    public static AuthenticationBuilder AddDistrictSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        var sso = configuration.GetSection(SsoOptions.Section).Get<SsoOptions>() ?? new SsoOptions();
        var problems = sso.Providers.SelectMany(p => p.Value.Problems(p.Key)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The single sign-on settings are not valid: " + string.Join(" ", problems));
        }

        foreach (var (name, provider) in sso.Providers)
        {
            authentication.AddOpenIdConnect(SsoProviderOptions.SchemeName(name), provider.DisplayName, o => Configure(o, name, provider));
        }

        return authentication;
    }

    private static void Configure(OpenIdConnectOptions o, string name, SsoProviderOptions provider)
    {
        var scheme = SsoProviderOptions.SchemeName(name);
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = string.IsNullOrEmpty(provider.ClientSecret) ? null : provider.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.CallbackPath = SsoProviderOptions.CallbackPath(name);
        o.SignedOutCallbackPath = "/signout-callback-" + scheme;
        o.RemoteSignOutPath = "/signout-" + scheme;
        o.Scope.Clear();
        foreach (var scope in provider.EffectiveScopes)
        {
            o.Scope.Add(scope);
        }

        // Whether the address is verified often comes only from the user-info endpoint.
        o.GetClaimsFromUserInfoEndpoint = true;
        o.ClaimActions.MapUniqueJsonKey("email_verified", "email_verified");
        o.SaveTokens = false;
        o.RequireHttpsMetadata = !provider.IsLoopback;
        if (provider.IsLoopback)
        {
            // A provider on this machine (development, the tests) talks plain http: its answer comes back as a redirect, and
            // the correlation and nonce cookies are Lax and sent without https. Real providers keep the defaults (https).
            o.ResponseMode = "query";
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }

        o.Events.OnRemoteFailure = context =>
        {
            // A refused consent, an error from the provider, a stale correlation: a page that says so, not an exception.
            context.Response.Redirect("/account/external?failed=" + Uri.EscapeDataString(name));
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }
}
