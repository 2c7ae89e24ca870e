using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Internships.Web.Pages;

/// <summary>What a person sees instead of an empty error response: what happened and where to go next.</summary>
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public (string Title, string Text) Message => Code switch
    {
        403 => ("You cannot open this page", "Your account does not have access to it. Sign in with another account, or go back to your home page."),
        404 => ("Page not found", "There is no such page, or it is not yours to see."),
        400 => ("That request could not be read", "Go back and try again."),
        503 => ("The service is not available right now", "It cannot reach its database at the moment. Try again in a minute."),
        429 => ("Too many attempts", "There were too many attempts from here in a short while. Wait a few minutes, then try again."),
        413 => ("The file is too large", "A signed document can be at most 5 MB, a badge image 512 KB and a roster 1 MB. Go back and choose a smaller file."),
        _ => ("Something went wrong", "The server could not complete the request. Try again later."),
    };

    public void OnGet(int code) => Code = code;
}
