namespace Internships.Application.Common.Models;

/// <summary>Builds LIKE patterns from what a user typed, so their % and _ match themselves.</summary>
public static class Like
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
