using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// Moves a use case's messages to the field the page shows them beside, when the page asks for a value in another
/// shape than the request carries it (one box of lines for a list, a form field for a nested rule's field).
/// </summary>
public static class FieldErrors
{
    /// <summary>Every message whose key <paramref name="map"/> maps to another key moves there.</summary>
    public static void Move(this ModelStateDictionary state, Func<string, string?> map)
    {
        foreach (var key in state.Keys.ToList())
        {
            if (map(key) is not { } to || to == key || !state.TryGetValue(key, out var entry))
            {
                continue;
            }

            var messages = entry.Errors.Select(e => e.ErrorMessage).ToList();
            state.Remove(key);
            foreach (var message in messages)
            {
                state.AddModelError(to, message);
            }
        }
    }

    /// <summary>Messages of <paramref name="from"/> and of its items ("from[2]", "from[2].Field") move to <paramref name="to"/>.</summary>
    public static void MoveList(this ModelStateDictionary state, string from, string to) =>
        state.Move(key => key == from || key.StartsWith(from + "[", StringComparison.Ordinal) ? to : null);
}
