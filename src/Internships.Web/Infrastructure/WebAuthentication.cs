using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Which sign-in a request uses: a bearer token on the HTTP API (and whenever a client sends one), the Identity cookie
/// on the pages. The API never redirects: it answers 401/403 problem details.
/// </summary>
public static class WebAuthentication
{
    public const string Scheme = "BearerOrCookie";

    private static readonly string[] MachinePrefixes = ["/api", "/ob", "/.well-known", "/openapi", "/health", "/api-docs"];

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
        // A password change or a lock-out ends the cookie sessions too, as it ends the bearer tokens.
        options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
    }
}
