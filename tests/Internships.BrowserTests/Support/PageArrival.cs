using System.Text.RegularExpressions;

namespace Internships.BrowserTests.Support;

/// <summary>
/// Waiting for a page to arrive somewhere after a click, without Playwright's <c>WaitForURLAsync</c>. When the address
/// already matches, that method checks the frame's load states and only then subscribes to their event, on another
/// thread than the one that receives them; a "load" that lands in between is missed and the wait runs out (a CI run
/// timed out so, with "networkidle" already fired). Here the browser itself polls one document for both its address
/// and its loading, so nothing can slip past and an unloading page cannot answer for the next one.
/// </summary>
public static class PageArrival
{
    private const float Timeout = 15_000;

    /// <summary>Any address but the sign-in page's.</summary>
    public static readonly Regex AwayFromSignIn = new("^(?!.*/account/sign-in)");

    /// <summary>Waits until the page's address matches <paramref name="url"/> (as a JavaScript pattern) and that document has loaded.</summary>
    public static async Task WaitForArrivalAsync(this IPage page, Regex url)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "source => new RegExp(source).test(location.href) && document.readyState === 'complete'",
                url.ToString(),
                new() { Timeout = Timeout });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"The page stayed at {page.Url}; it never loaded an address matching {url}.", e);
        }
    }
}
