namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// The question an action that cannot be undone asks before it is done, shown by <c>Pages/Shared/_Confirm.cshtml</c> on the
/// page the action was posted from. The action's first post (without <c>confirmed=true</c>) shows it and changes nothing;
/// its "Yes" button posts the same form again with <c>confirmed=true</c>; "Cancel" goes back to the page as it was.
/// </summary>
/// <param name="Question">The heading: what is about to happen, with names ("Reject Ana Ruiz's application to GIS Mapping Intern?").</param>
/// <param name="Consequences">What happens then, truly, as the handler does it.</param>
/// <param name="ConfirmLabel">The button that does it ("Yes, reject").</param>
public sealed record Confirmation(string Question, string Consequences, string ConfirmLabel)
{
    /// <summary>A reason asked for in the panel (posted as <c>Input.Reason</c>), when the action takes one.</summary>
    public ConfirmationReason? Reason { get; init; }

    /// <summary>Something the person should weigh before going on (it is still allowed).</summary>
    public string? Warning { get; init; }

    /// <summary>Facts the decision rests on, shown as a list of terms (an offer's wage, hours and dates).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Terms { get; init; } = [];

    /// <summary>Where "Cancel" goes, when not the page's own address without its query (a list's filters, say).</summary>
    public string? CancelUrl { get; init; }

    /// <summary>Whether the "Yes" button is styled as a destructive action (most are).</summary>
    public bool Destructive { get; init; } = true;
}

/// <param name="Label">The field's label, saying who sees the reason.</param>
/// <param name="Required">Whether the use case refuses an empty reason.</param>
public sealed record ConfirmationReason(string Label, bool Required);
