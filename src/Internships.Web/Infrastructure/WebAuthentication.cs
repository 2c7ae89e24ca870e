using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Which sign-in a request uses: a bearer token on the HTTP API (and whenever a client sends one), the Identity cookie
/// on the pages. The API never redirects: it answers 401/403 problem details.
/// </summary>
public static class WebAuthentication
{
    public const string Scheme = "BearerOrCookie";

    private static readonly string[] MachinePrefixes = ["/api", "/ob", "/.well-known", "/openapi", "/health", "/api-docs"];

    /// <summary>
    /// The API takes bearer tokens and the pages a sign-in cookie, for the same Identity accounts: a policy scheme picks one
    /// per request, so the API keeps answering 401/403 problem details while pages redirect to the sign-in page. Beside
    /// them, Identity's short-lived cookies for the middle of a sign-in (the second factor, the district provider's
    /// answer), and one OpenID Connect scheme per district provider.
    /// </summary>
    public static IServiceCollection AddWebAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Bearer for the API, cookie for the pages", o => o.ForwardDefaultSelector = SelectScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = security.AccessTokenLifetime)
            .AddCookie(IdentityConstants.ApplicationScheme, ConfigureCookie)
            .AddCookie(IdentityConstants.ExternalScheme, o => ShortLived(o, "internships.external"))
            .AddCookie(IdentityConstants.TwoFactorUserIdScheme, o => ShortLived(o, "internships.two-factor"))
            .AddCookie(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.Name = "internships.two-factor-remember")
            .AddDistrictSignIn(configuration);

        // The cookie's own check of the security stamp (claims refreshed, the cookie renewed); the session check of every
        // request (AccountSessionValidation) is what ends a session within seconds.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<ApiTokens>();
        services.AddSingleton<RememberedBearerTickets>();
        services.AddSingleton<IPostConfigureOptions<BearerTokenOptions>, RememberBearerTickets>();
        return services;
    }

    public static string SelectScheme(HttpContext context) =>
        IsPageRequest(context) && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.ApplicationScheme
            : IdentityConstants.BearerScheme;

    /// <summary>A request for a page a person reads, as opposed to the API and the machine-readable documents.</summary>
    public static bool IsPageRequest(HttpContext context) =>
        !MachinePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    public static void ConfigureCookie(CookieAuthenticationOptions options)
    {
        options.LoginPath = "/account/sign-in";
        options.LogoutPath = "/account/sign-out";
        options.Cookie.Name = "internships.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
        // A signed-in user on a page their role may not open gets a 403 page, not a redirect loop.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
    }

    private static void ShortLived(CookieAuthenticationOptions options, string name)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
    }
}
