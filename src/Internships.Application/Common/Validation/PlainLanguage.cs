using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation.Resources;

namespace Internships.Application.Common.Validation;

/// <summary>
/// FluentValidation's English defaults rewritten in the words the pages use: no quoted property names, no "must be
/// greater than or equal to". A rule names its field with <c>.WithName("Hours a week")</c> (the label on the page) and
/// reads "Hours a week must be 40 or less."; a rule without a name shows its property as a sentence ("Hours per
/// week"), never "'Hours Per Week'". Required fields carry their own "Enter …" or "Choose …" sentence in the
/// validator. The words, English and Spanish, are in <c>Resources/ValidationText*.resx</c>.
/// </summary>
public sealed partial class PlainLanguage : LanguageManager
{
    /// <summary>The built-in messages this product words its own way, each a key of <see cref="ValidationText"/>.</summary>
    internal static readonly string[] BuiltInKeys =
    [
        "NotEmptyValidator", "NotNullValidator", "EmptyValidator", "NullValidator", "EmailValidator", "GreaterThanValidator",
        "GreaterThanOrEqualValidator", "LessThanValidator", "LessThanOrEqualValidator", "EqualValidator", "NotEqualValidator",
        "LengthValidator", "MinimumLengthValidator", "MaximumLengthValidator", "ExactLengthValidator", "InclusiveBetweenValidator",
        "ExclusiveBetweenValidator", "RegularExpressionValidator", "PredicateValidator", "AsyncPredicateValidator", "EnumValidator",
        "PrecisionScaleValidator", "ScalePrecisionValidator", "CreditCardValidator", "Length_Simple", "MinimumLength_Simple",
        "MaximumLength_Simple", "ExactLength_Simple", "InclusiveBetween_Simple",
    ];

    public PlainLanguage()
    {
        // The words live in Resources/ValidationText*.resx (key "BuiltIn.<validator>"), beside the product's own messages.
        foreach (var (language, culture) in new[] { ("en", Languages.English), ("en-US", Languages.English), ("en-GB", Languages.English), ("es", Languages.Spanish) })
        {
            foreach (var key in BuiltInKeys)
            {
                AddTranslation(language, key, ValidationText.Get("BuiltIn." + key, CultureInfo.GetCultureInfo(culture)));
            }
        }
    }

    private static readonly ConcurrentDictionary<(MemberInfo Member, string Culture), string> FieldNames = new();

    /// <summary>"HoursPerWeek" reads "Hours per week"; "Ratings[0].Score" is named by its last part.</summary>
    public static string Sentence(string propertyName) =>
        CapitalWord().Replace(propertyName, m => m.Index == 0 ? m.Value : " " + m.Value.ToLowerInvariant());

    /// <summary>
    /// Installs the defaults for the whole process as soon as this assembly loads, so that every validator reads the
    /// same wherever it runs: the web host, a job, a unit test that builds a validator by hand.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "FluentValidation's message defaults are process-wide; they must be set before any of this assembly's validators runs, whoever loads it.")]
    internal static void Install()
    {
        ValidatorOptions.Global.LanguageManager = new PlainLanguage();
        // A field's name: its label from Resources/ValidationText*.resx ("Field.<Property>") in the request's language, or
        // else its property as an English sentence.
        // FluentValidation asks on every run of every rule, so each (property, language) is worked out once.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null
            ? null
            : FieldNames.GetOrAdd((member, CultureInfo.CurrentUICulture.Name), static (key, culture) =>
                ValidationText.Find("Field." + key.Member.Name, culture) ?? Sentence(key.Member.Name), CultureInfo.CurrentUICulture);

        // One message a field: an empty date says "Enter the date", not also "cannot be in the past".
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }

    [GeneratedRegex("(?<=[a-z0-9])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])")]
    private static partial Regex CapitalWord();
}
