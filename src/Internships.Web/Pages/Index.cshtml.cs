using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Internships.Web.Pages;

/// <summary>The public landing page: what the programme is and who does what.</summary>
public sealed class IndexModel : PageModel
{
    public string? Home { get; private set; }

    public void OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Home = Account.SignInModel.HomeOf(User);
        }
    }
}
