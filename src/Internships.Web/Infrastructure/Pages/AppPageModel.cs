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

    /// <summary>The question an irreversible action is asking (see <see cref="Pages.Confirmation"/>), if any.</summary>
    public Confirmation? Confirmation { get; private set; }

    /// <summary>
    /// Asks first: unless the post carries <c>confirmed=true</c>, shows the page again with the question and returns that
    /// result (nothing is changed); when confirmed, returns null and the action goes on. The question stays set, so a
    /// refused reason shows in the panel again.
    /// </summary>
    protected async Task<IActionResult?> AskFirstAsync(bool confirmed, Confirmation confirmation, CancellationToken cancellationToken)
    {
        Confirmation = confirmation;
        if (confirmed)
        {
            return null;
        }

        await OnFailedAsync(cancellationToken);
        return Page();
    }
}
