namespace Internships.Application.Features.Users;

/// <summary>The language an account chose (null: it follows the browser's), and the languages there are to choose from.</summary>
public sealed record LanguagePreferenceDto(string? Language, IReadOnlyList<string> Supported);
