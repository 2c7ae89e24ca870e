using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// A page that sends use cases: it confirms each action with a status message shown on the next page, and reloads what
/// it displays when a use case refuses its input (see <see cref="UseCaseFailurePageFilter"/>).
/// </summary>
public abstract class AppPageModel : PageModel
{
    /// <summary>The confirmation of the last action, shown once on the page the user lands on next.</summary>
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Where the request's fields are bound from: validation messages are put next to "Input.Field".</summary>
    public virtual string InputPrefix => "Input";

    /// <summary>Loads what the page shows, when a use case refused the form and the page is shown again.</summary>
    public virtual Task OnFailedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Confirms what happened and sends the user on (post, redirect, get).</summary>
    protected RedirectToPageResult Done(string message, string? pageName = null, object? routeValues = null)
    {
        StatusMessage = message;
        return RedirectToPage(pageName, routeValues);
    }

    protected IActionResult DoneLocal(string message, string url)
    {
        StatusMessage = message;
        return LocalRedirect(url);
    }
}
