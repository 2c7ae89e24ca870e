using System.ComponentModel.DataAnnotations;
using Internships.Application.Common.Security;
using Internships.Web.Infrastructure;

namespace Internships.Web.Pages.Account;

/// <summary>A new password typed twice: the forms that set one (reset, invitation, change) share it. The identity store's policy has the last word.</summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Field.NewPasswordRequired")]
    [StringLength(128, MinimumLength = 8, ErrorMessage = "Field.NewPasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.NewPassword")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "Field.PasswordsDiffer")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.NewPasswordAgain")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>
/// A page opened from a one-time link in an e-mail (a password reset, an invitation): the link's secret, a new password,
/// and the per-account limit on guessing, counted by the secret.
/// </summary>
public abstract class OneTimeLinkPageModel(AccountAttempts attempts, string rateLimit) : AppPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    /// <summary>How long to wait when this link was tried too often; null when it may be tried now.</summary>
    protected TimeSpan? TooManyTries() => attempts.TryAttempt(rateLimit, "token:" + SecretTokens.Hash(Token ?? ""));
}
