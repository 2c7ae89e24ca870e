namespace Internships.Application.Common.Models;

/// <summary>
/// Text search in queries: what a user typed, found anywhere in a column, whatever its case. Build the pattern with
/// <see cref="Contains"/> and test it with <see cref="Matches"/>, never with <c>EF.Functions.Like</c>: LIKE ignores case
/// on SQLite (for ASCII letters) and under SQL Server's usual collations, but heeds it on PostgreSQL, where
/// <see cref="Matches"/> becomes ILIKE.
/// </summary>
public static class Like
{
    public const string Escape = "\\";

    /// <summary>A pattern that finds <paramref name="text"/> anywhere, its % and _ matching themselves.</summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>
    /// Whether <paramref name="value"/> matches a <see cref="Contains"/> pattern, ignoring case. Translated to SQL by each
    /// provider's DbContext (LIKE, or ILIKE on PostgreSQL); it cannot run in memory.
    /// </summary>
    public static bool Matches(string? value, string pattern) =>
        throw new InvalidOperationException($"{nameof(Like)}.{nameof(Matches)} only runs inside a database query.");
}
