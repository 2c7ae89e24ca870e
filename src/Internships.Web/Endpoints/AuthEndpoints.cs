using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Application.Features.Credentials;
using Internships.Application.Features.Invitations;
using Internships.Application.Features.Users;
using Internships.Infrastructure.Identity;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Internships.Web.Endpoints;

public static class AuthEndpoints
{
    public sealed record LoginRequest(string Email, string Password);

    public sealed record TwoFactorLoginRequest(string TwoFactorToken, string? Code, string? RecoveryCode);

    public sealed record RefreshRequest(string RefreshToken);

    public sealed record ForgotPasswordRequest(string Email);

    /// <summary>The same answer whether or not the address has an account.</summary>
    public sealed record ForgotPasswordAnswer(string Message);

    /// <summary>
    /// One message for every refused sign-in (wrong password, unknown address, locked or disabled account), so that the
    /// answer does not tell which addresses have accounts.
    /// </summary>
    public const string SignInRefused =
        "The e-mail address or password is wrong, or the account cannot sign in at the moment (after too many failed attempts, "
        + "wait a while). Try again, or reset your password.";

    public const string CodeRefused = "The code is wrong or has expired, or the account cannot sign in at the moment.";

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Sign-in").AllowAnonymous();

        // Sign-in is the identity framework's job (the password check with lock-out), not a use case of the mediator.
        auth.MapPost("/login", async Task<IResult> (LoginRequest request, SignInManager<AppUser> signIn, ApiTokens tokens, AccountAttempts attempts,
                CancellationToken ct) =>
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

                if (attempts.TryAttempt(RateLimits.SignIn, request.Email) is { } wait)
                {
                    return new TooManyAttempts(wait);
                }

                var user = await signIn.UserManager.FindByEmailAsync(request.Email.Trim());
                var checkedPassword = user is null ? null : await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
                if (user is null || checkedPassword?.Succeeded != true)
                {
                    return Refused(SignInRefused);
                }

                return user.TwoFactorEnabled
                    ? TypedResults.Accepted((string?)null, tokens.TwoFactorChallengeFor(user))
                    : TypedResults.Ok(await tokens.IssueAsync(user, refreshFamily: null, ct));
            })
            .RequireRateLimiting(RateLimits.SignIn)
            .Produces<AccessTokens>(StatusCodes.Status200OK)
            .Produces<TwoFactorChallenge>(StatusCodes.Status202Accepted)
            .WithName("SignIn")
            .WithSummary("Exchange an e-mail address and password for a bearer token (200), or, when the account uses two-factor "
                + "sign-in, for a token to send with the code to /api/auth/login/two-factor (202).")
            .ProducesProblems(400, 401, 429);

        auth.MapPost("/login/two-factor", async Task<IResult> (TwoFactorLoginRequest request, SignInManager<AppUser> signIn, ApiTokens tokens,
                AccountAttempts attempts, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(request.Code) == string.IsNullOrWhiteSpace(request.RecoveryCode))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["code"] = ["Send either the code from the authenticator app or one recovery code."],
                    }, title: "The request has invalid fields");
                }

                var user = string.IsNullOrEmpty(request.TwoFactorToken) ? null : await tokens.ReadTwoFactorChallengeAsync(request.TwoFactorToken);
                if (user is null)
                {
                    return Refused("This sign-in has expired or was not started: sign in with your password again.");
                }

                if (attempts.TryAttempt(RateLimits.SignIn, user.Email!) is { } wait)
                {
                    return new TooManyAttempts(wait);
                }

                var users = signIn.UserManager;
                if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
                {
                    return Refused(CodeRefused);
                }

                var valid = request.Code is { Length: > 0 } code
                    ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code.Replace(" ", "", StringComparison.Ordinal))
                    : (await users.RedeemTwoFactorRecoveryCodeAsync(user, request.RecoveryCode!.Trim())).Succeeded;
                if (!valid)
                {
                    await users.AccessFailedAsync(user);
                    return Refused(CodeRefused);
                }

                await users.ResetAccessFailedCountAsync(user);
                return TypedResults.Ok(await tokens.IssueAsync(user, refreshFamily: null, ct));
            })
            .RequireRateLimiting(RateLimits.SignIn)
            .Produces<AccessTokens>(StatusCodes.Status200OK)
            .WithName("SignInWithSecondFactor")
            .WithSummary("The second step of a two-factor sign-in: the token from the first step and a code from the authenticator app (or a recovery code).")
            .ProducesProblems(400, 401, 429);

        // A refresh token works once: the answer carries the next one. One presented twice revokes its whole family.
        auth.MapPost("/refresh", async Task<IResult> (RefreshRequest request, RefreshTokenStore refreshTokens, ApiTokens tokens, AccountAttempts attempts,
                CancellationToken ct) =>
            {
                if (string.IsNullOrEmpty(request.RefreshToken))
                {
                    return Refused("The refresh token is not valid any more: sign in again.");
                }

                if (await refreshTokens.OwnerOfAsync(request.RefreshToken, ct) is { } owner
                    && attempts.TryAttempt(RateLimits.Refresh, "account:" + owner) is { } wait)
                {
                    return new TooManyAttempts(wait);
                }

                if (await refreshTokens.RedeemAsync(request.RefreshToken, ct) is not { } redeemed)
                {
                    return Refused("The refresh token is not valid any more: sign in again.");
                }

                var (user, family) = redeemed;

                var issued = await tokens.IssueAsync(user, family, ct);
                if (await refreshTokens.IsRevokedAsync(family, ct))
                {
                    // A copy of the old token was presented while this one was being issued: this family is over too.
                    await refreshTokens.RevokeFamilyAsync(family, ct);
                    return Refused("The refresh token is not valid any more: sign in again.");
                }

                return TypedResults.Ok(issued);
            })
            .RequireRateLimiting(RateLimits.Refresh)
            .Produces<AccessTokens>(StatusCodes.Status200OK)
            .WithName("RefreshSignIn").WithSummary("Exchange a refresh token (once) for a new bearer token and the next refresh token.")
            .ProducesProblems(400, 401, 429);

        auth.MapPost("/forgot-password", async Task<IResult> (ForgotPasswordRequest request, ISender sender, AccountAttempts attempts, CancellationToken ct) =>
            {
                if (!string.IsNullOrWhiteSpace(request.Email) && attempts.TryAttempt(RateLimits.PasswordReset, request.Email) is { } wait)
                {
                    return new TooManyAttempts(wait);
                }

                await sender.Send(new RequestPasswordResetCommand(request.Email), ct);
                return TypedResults.Accepted((string?)null, new ForgotPasswordAnswer(
                    "If an account uses this address, an e-mail is on its way with a link to choose a new password."));
            })
            .RequireRateLimiting(RateLimits.PasswordReset)
            .Produces<ForgotPasswordAnswer>(StatusCodes.Status202Accepted)
            .WithName("RequestPasswordReset").WithSummary("E-mail a password-reset link to the account with this address, if there is one (the answer is the same either way).")
            .ProducesProblems(400, 429);

        auth.MapPost("/reset-password", async Task<IResult> (ResetPasswordCommand command, ISender sender, AccountAttempts attempts, CancellationToken ct) =>
            {
                if (!string.IsNullOrEmpty(command.Token) && attempts.TryAttempt(RateLimits.PasswordReset, "token:" + SecretTokens.Hash(command.Token)) is { } wait)
                {
                    return new TooManyAttempts(wait);
                }

                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(RateLimits.PasswordReset)
            .WithName("ResetPassword").WithSummary("Choose a new password with the token from a reset e-mail; every session of the account ends.")
            .ProducesProblems(400, 429);

        auth.MapPost("/invitations/accept", async Task<IResult> (AcceptInvitationCommand command, ISender sender, AccountAttempts attempts, CancellationToken ct) =>
            {
                if (!string.IsNullOrEmpty(command.Token) && attempts.TryAttempt(RateLimits.Invitation, "token:" + SecretTokens.Hash(command.Token)) is { } wait)
                {
                    return new TooManyAttempts(wait);
                }

                return TypedResults.Ok(await sender.Send(command, ct));
            })
            .RequireRateLimiting(RateLimits.Invitation)
            .Produces<AccountDto>(StatusCodes.Status200OK)
            .WithName("AcceptInvitation").WithSummary("Open the invited account by choosing its password, with the token from the invitation e-mail.")
            .ProducesProblems(400, 409, 429);

        var me = app.MapApiGroup("/api/me", "Sign-in");
        me.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new GetMyAccountQuery(), ct))
            .WithName("GetMyAccount").WithSummary("The signed-in account, its roles and the record it acts for.")
            .ProducesProblems(404);
        me.MapPost("/password", async (ChangePasswordCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithName("ChangePassword").WithSummary("Change your password (giving the current one); every session ends, this one too: sign in again.")
            .ProducesProblems(400);
        me.MapPost("/sign-out-everywhere", async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new SignOutEverywhereCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("SignOutEverywhere").WithSummary("End every session of your account on every device: tokens, refresh tokens and cookies.");

        me.MapGet("/language", (ISender sender, CancellationToken ct) => sender.Send(new GetMyLanguageQuery(), ct))
            .WithName("GetMyLanguage").WithSummary("The language you chose for pages, e-mail and problem details (null: your browser's), and the choices.");
        me.MapPut("/language", (SetMyLanguageCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("SetMyLanguage").WithSummary("Choose \"en-US\" or \"es-US\" (or null to follow the browser's Accept-Language).")
            .ProducesProblems(400);

        var twoFactor = me.MapGroup("/two-factor");
        twoFactor.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new GetMyTwoFactorQuery(), ct))
            .WithName("GetMyTwoFactor").WithSummary("Whether your account signs in with an authenticator app, and whether its roles must.");
        twoFactor.MapPost("/authenticator", (ISender sender, CancellationToken ct) => sender.Send(new StartAuthenticatorSetupCommand(), ct))
            .WithName("StartAuthenticatorSetup").WithSummary("A new key for an authenticator app (and its otpauth:// address for a QR code).")
            .ProducesProblems(409);
        twoFactor.MapPost("/enable", (EnableTwoFactorCommand command, ISender sender, CancellationToken ct) => sender.Send(command, ct))
            .WithName("EnableTwoFactor").WithSummary("Turn two-factor sign-in on with a code from the app; answers recovery codes. Sessions end: sign in again.")
            .ProducesProblems(400, 409);
        twoFactor.MapPost("/recovery-codes", (ISender sender, CancellationToken ct) => sender.Send(new NewRecoveryCodesCommand(), ct))
            .WithName("NewRecoveryCodes").WithSummary("Ten new recovery codes; the earlier ones stop working.").ProducesProblems(409);
        twoFactor.MapPost("/disable", async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new DisableTwoFactorCommand(), ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableTwoFactor").WithSummary("Turn two-factor sign-in off; sessions end.").ProducesProblems(409);
        return app;
    }

    private static IResult Refused(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed", detail: detail);

    /// <summary>429 with <c>Retry-After</c>, for the per-account half of the limits.</summary>
    private sealed class TooManyAttempts(TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => RateLimits.RefuseAsync(httpContext, retryAfter, httpContext.RequestAborted).AsTask();
    }
}
