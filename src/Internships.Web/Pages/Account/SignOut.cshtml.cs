using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Internships.Web.Pages.Account;

public sealed class SignOutModel : AppPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        StatusMessage = "You are signed out.";
        return LocalRedirect("/");
    }
}
