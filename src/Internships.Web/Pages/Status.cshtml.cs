using Internships.Web.Resources;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages;

/// <summary>What a person sees instead of an empty error response: what happened and where to go next.</summary>
public sealed class StatusModel(IStringLocalizer<SharedText> words) : PageModel
{
    public int Code { get; private set; }

    /// <summary>What to say, in the reader's language: the keys Errors.Status{code}.Title and .Text of SharedText.</summary>
    public (string Title, string Text) Message
    {
        get
        {
            var key = Code is 400 or 403 or 404 or 413 or 429 or 503 ? $"Errors.Status{Code}" : "Errors.Status500";
            return (words[$"{key}.Title"], words[$"{key}.Text"]);
        }
    }

    public void OnGet(int code) => Code = code;
}
