using Internships.Application.Features.Users;
using Internships.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Endpoints;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string Email, string Password);

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
            .WithSummary("Exchange an e-mail address and password for a bearer token.");

        app.MapGet("/api/me", (ISender sender, CancellationToken ct) => sender.Send(new GetMyAccountQuery(), ct))
            .RequireAuthorization()
            .WithTags("Sign-in")
            .WithSummary("The signed-in account, its roles and the record it acts for.");
        return app;
    }

    /// <summary>The shape the bearer scheme writes on sign-in, for the API document.</summary>
    public sealed record AccessTokenResponseDoc(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
