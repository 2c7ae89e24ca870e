using System.Globalization;
using System.Security.Claims;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>
/// Every signed-in request, bearer token or cookie, is checked against its account (<see cref="AccountSessions"/>): a
/// token or cookie issued under an older security stamp, for a disabled account, or for an account whose student,
/// supervisor or employer record is inactive, is treated as no sign-in at all (401 on the API, the sign-in page for
/// people; the cookie is removed). Then, where <c>Security:RequireTwoFactorForStaff</c> is on, coordinators and
/// administrators without two-factor sign-in can do nothing but set it up.
/// </summary>
public static class AccountSessionValidation
{
    /// <summary>What a staff account without a second factor may still reach: signing in and out, and setting it up.</summary>
    private static readonly string[] OpenWithoutSecondFactor = ["/api/auth", "/api/me/two-factor", "/account", "/settings/two-factor", "/status", "/language"];

    public static IApplicationBuilder UseAccountSessionValidation(this IApplicationBuilder app) => app.Use(ValidateAsync);

    private static async Task ValidateAsync(HttpContext http, RequestDelegate next)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            await next(http);
            return;
        }

        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var state = int.TryParse(user.FindFirstValue(claims.UserIdClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            ? await http.RequestServices.GetRequiredService<AccountSessions>().GetAsync(userId, http.RequestAborted)
            : null;
        if (state is null || !state.IsUsable || state.SecurityStamp != user.FindFirstValue(claims.SecurityStampClaimType))
        {
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            if (WebAuthentication.SelectScheme(http) == IdentityConstants.ApplicationScheme)
            {
                await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        }
        else if (!state.TwoFactorEnabled && Roles.DistrictStaff.Any(user.IsInRole)
            && http.RequestServices.GetRequiredService<ISignInPolicy>().TwoFactorRequiredForStaff
            && !OpenWithoutSecondFactor.Any(path => http.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
            && !(http.Request.Path.Equals("/api/me", StringComparison.OrdinalIgnoreCase) && HttpMethods.IsGet(http.Request.Method)))
        {
            await RequireSecondFactorAsync(http);
            return;
        }

        await next(http);
    }

    private static async Task RequireSecondFactorAsync(HttpContext http)
    {
        if (WebAuthentication.IsPageRequest(http))
        {
            http.Response.Redirect("/settings/two-factor");
            return;
        }

        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Two-factor sign-in required",
                Detail = "Coordinators and administrators sign in with a code from an authenticator app. Set it up first "
                    + "(POST /api/me/two-factor/authenticator, then /api/me/two-factor/enable), then sign in again.",
            },
        });
    }
}
