using System.ComponentModel.DataAnnotations;
using Internships.Application.Features.Credentials;
using Internships.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

namespace Internships.Web.Pages.Account;

/// <summary>Asks for a password-reset link; says the same whether or not the address has an account.</summary>
[EnableRateLimiting(RateLimits.PasswordReset)]
public sealed class ForgotPasswordModel(ISender sender, AccountAttempts attempts) : AppPageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (attempts.TryAttempt(RateLimits.PasswordReset, Input.Email) is { } wait)
        {
            return this.TooManyAttempts(wait);
        }

        await sender.Send(new RequestPasswordResetCommand(Input.Email), ct);
        Sent = true;
        return Page();
    }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Field.EmailRequired")]
        [EmailAddress(ErrorMessage = "Field.EmailFormat")]
        [Display(Name = "Field.Email")]
        public string Email { get; set; } = "";
    }
}
