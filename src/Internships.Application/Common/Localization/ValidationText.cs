using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Internships.Application.Common.Localization;

/// <summary>
/// The words of the application's validation messages, in the current request's language: kept by key in
/// <c>Resources/ValidationText.resx</c> (English) and <c>ValidationText.es.resx</c> (Spanish). A validator names a
/// message by its key with <see cref="ValidationTextExtensions.WithMessageKey{T, TProperty}"/> and a field with
/// <see cref="ValidationTextExtensions.WithNameKey{T, TProperty}"/>; the words are looked up when the rule fails, in the
/// culture of the request that failed it. A key missing from both files shows as the key itself, which the tests catch.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new("Internships.Application.Resources.ValidationText", typeof(ValidationText).Assembly);

    // Every validation asks for its fields' names (FluentValidation resolves them on each run, failed or not), and
    // ResourceManager takes a lock on every lookup: under load the requests queued on it. The files do not change while
    // the process runs, and the keys and languages are few, so each lookup is made once.
    private static readonly ConcurrentDictionary<(string Key, string Culture), string?> Looked = new();

    public static string Get(string key, CultureInfo? culture = null) => Find(key, culture ?? CultureInfo.CurrentUICulture) ?? key;

    /// <summary>The text of a key, or null when the English file has no such key (for the built-in messages' fallbacks).</summary>
    public static string? Find(string key, CultureInfo culture) =>
        Looked.GetOrAdd((key, culture.Name), static (k, c) => Resources.GetString(k.Key, c), culture);

    /// <summary>The text of a key with its arguments ("{0}") filled in, in the current request's language.</summary>
    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);

    /// <summary>A day as the current request's language writes it in a message ("Jan 14, 2026", "14 ene 2026").</summary>
    public static string Day(DateOnly date) =>
        date.ToString(Get("Format.Day"), Languages.CultureOf(CultureInfo.CurrentUICulture.Name));
}

public static class ValidationTextExtensions
{
    /// <summary>The rule's message is the text of <paramref name="key"/>, with FluentValidation's placeholders ({PropertyName}, {MaxLength}...).</summary>
    public static IRuleBuilderOptions<T, TProperty> WithMessageKey<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key) =>
        rule.WithMessage(_ => ValidationText.Get(key));

    /// <summary>The field's name in messages is the text of <paramref name="key"/> (the label the page shows).</summary>
    public static IRuleBuilderOptions<T, TProperty> WithNameKey<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key) =>
        rule.WithName(_ => ValidationText.Get(key));
}
