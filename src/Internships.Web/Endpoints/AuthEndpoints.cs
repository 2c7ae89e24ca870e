using Internships.Application.Features.Users;
using Internships.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace Internships.Web.Endpoints;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string Email, string Password);

    public sealed record RefreshRequest(string RefreshToken);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in");

        // Sign-in is the identity framework's job: it checks the password (with lockout) and, on the bearer
        // scheme, writes { tokenType, accessToken, expiresIn, refreshToken } itself.
        auth.MapPost("/login", async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> (
                LoginRequest request, SignInManager<AppUser> signIn) =>
            {
                var errors = new Dictionary<string, string[]>();
                if (string.IsNullOrWhiteSpace(request.Email))
                {
                    errors["email"] = ["Enter your e-mail address."];
                }

                if (string.IsNullOrEmpty(request.Password))
                {
                    errors["password"] = ["Enter your password."];
                }

                if (errors.Count > 0)
                {
                    return TypedResults.ValidationProblem(errors, title: "The request has invalid fields");
                }

                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return TypedResults.Empty;
                }

                return TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Sign-in failed",
                    detail: result.IsLockedOut
                        ? "Too many failed attempts: the account is locked for a while."
                        : "The e-mail address or password is wrong.");
            })
            .AllowAnonymous()
            .Produces<AccessTokenResponseDoc>(StatusCodes.Status200OK)
            .WithName("SignIn").WithSummary("Exchange an e-mail address and password for a bearer token.")
            .ProducesProblems(400, 401);

        // A refresh token buys a new access token while the account is unchanged (same security stamp):
        // a password change or a lock-out ends every session.
        auth.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
                RefreshRequest request, SignInManager<AppUser> signIn, IOptionsMonitor<BearerTokenOptions> bearerOptions, TimeProvider time) =>
            {
                var ticket = string.IsNullOrEmpty(request.RefreshToken)
                    ? null
                    : bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
                if (ticket?.Properties.ExpiresUtc is not { } expires || time.GetUtcNow() >= expires
                    || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required",
                        detail: "The refresh token is not valid any more: sign in again.");
                }

                return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous()
            .Produces<AccessTokenResponseDoc>(StatusCodes.Status200OK)
            .WithName("RefreshSignIn").WithSummary("Exchange a refresh token for a new bearer token.")
            .ProducesProblems(400, 401);

        app.MapApiGroup("/api/me", "Sign-in")
            .MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new GetMyAccountQuery(), ct))
            .WithName("GetMyAccount").WithSummary("The signed-in account, its roles and the record it acts for.")
            .ProducesProblems(404);
        return app;
    }

    /// <summary>The shape the bearer scheme writes on sign-in, for the API document.</summary>
    public sealed record AccessTokenResponseDoc(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
