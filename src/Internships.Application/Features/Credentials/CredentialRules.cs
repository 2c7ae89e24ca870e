using FluentValidation.Results;

namespace Internships.Application.Features.Credentials;

/// <summary>What the slices about a person's own credentials share.</summary>
public static class CredentialRules
{
    /// <summary>The identity store's refusals as a 400 naming the request's fields.</summary>
    public static void ThrowIfAny(IReadOnlyList<CredentialError> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationException(errors.Select(e => new ValidationFailure(Capitalised(e.Field), e.Message)));
        }
    }

    /// <summary>
    /// A 409 unless two-factor sign-in is <paramref name="enabled"/> (on or off) for the caller's account: <paramref name="otherwise"/>,
    /// the English of <paramref name="key"/> (a key of <see cref="Domain.Common.RuleKeys"/>).
    /// </summary>
    public static async Task RequireTwoFactorAsync(IAccountSecurity security, ICurrentUser user, bool enabled, string key, string otherwise,
        CancellationToken cancellationToken)
    {
        if ((await security.GetTwoFactorStateAsync(user.UserId!.Value, cancellationToken)).Enabled != enabled)
        {
            throw new Common.Exceptions.ConflictException(key, otherwise);
        }
    }

    /// <summary>"newPassword" as the property it names, "NewPassword" (the problem details and the pages lower it again).</summary>
    private static string Capitalised(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}

/// <summary>A new password: the identity store's policy decides the rest (length 8, and so on) and says what it refuses.</summary>
internal sealed class NewPasswordValidator : AbstractValidator<string>
{
    public NewPasswordValidator() => RuleFor(x => x).NotEmpty().WithMessageKey("Credentials.NewPasswordRequired")
        .MaximumLength(128).WithMessageKey("Credentials.PasswordTooLong");
}
