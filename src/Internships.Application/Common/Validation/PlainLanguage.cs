using System.Diagnostics.CodeAnalysis;
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
/// validator. These are the texts a translation (another language of the <see cref="LanguageManager"/>) replaces.
/// </summary>
public sealed partial class PlainLanguage : LanguageManager
{
    public PlainLanguage()
    {
        foreach (var english in new[] { "en", "en-US", "en-GB" })
        {
            AddTranslation(english, "NotEmptyValidator", "Enter {PropertyName}.");
            AddTranslation(english, "NotNullValidator", "Enter {PropertyName}.");
            AddTranslation(english, "EmptyValidator", "Leave {PropertyName} empty.");
            AddTranslation(english, "NullValidator", "Leave {PropertyName} empty.");
            AddTranslation(english, "EmailValidator", "{PropertyName} must be an e-mail address, like name@example.org.");
            AddTranslation(english, "GreaterThanValidator", "{PropertyName} must be more than {ComparisonValue}.");
            AddTranslation(english, "GreaterThanOrEqualValidator", "{PropertyName} must be {ComparisonValue} or more.");
            AddTranslation(english, "LessThanValidator", "{PropertyName} must be less than {ComparisonValue}.");
            AddTranslation(english, "LessThanOrEqualValidator", "{PropertyName} must be {ComparisonValue} or less.");
            AddTranslation(english, "EqualValidator", "{PropertyName} must be {ComparisonValue}.");
            AddTranslation(english, "NotEqualValidator", "Enter {PropertyName}.");
            AddTranslation(english, "LengthValidator", "{PropertyName} must be {MinLength} to {MaxLength} characters long (it has {TotalLength}).");
            AddTranslation(english, "MinimumLengthValidator", "{PropertyName} must be at least {MinLength} characters long (it has {TotalLength}).");
            AddTranslation(english, "MaximumLengthValidator", "{PropertyName} must be {MaxLength} characters or fewer (it has {TotalLength}).");
            AddTranslation(english, "ExactLengthValidator", "{PropertyName} must be exactly {MaxLength} characters long (it has {TotalLength}).");
            AddTranslation(english, "InclusiveBetweenValidator", "{PropertyName} must be from {From} to {To}.");
            AddTranslation(english, "ExclusiveBetweenValidator", "{PropertyName} must be between {From} and {To}.");
            AddTranslation(english, "RegularExpressionValidator", "{PropertyName} is not written the way it should be.");
            AddTranslation(english, "PredicateValidator", "Check {PropertyName}.");
            AddTranslation(english, "AsyncPredicateValidator", "Check {PropertyName}.");
            AddTranslation(english, "EnumValidator", "Choose one of the offered values for {PropertyName}.");
            AddTranslation(english, "PrecisionScaleValidator", "{PropertyName} has too many digits: at most {ExpectedScale} after the decimal point.");
            AddTranslation(english, "ScalePrecisionValidator", "{PropertyName} has too many digits: at most {ExpectedScale} after the decimal point.");
            AddTranslation(english, "CreditCardValidator", "{PropertyName} is not a card number.");
            AddTranslation(english, "Length_Simple", "{PropertyName} must be {MinLength} to {MaxLength} characters long.");
            AddTranslation(english, "MinimumLength_Simple", "{PropertyName} must be at least {MinLength} characters long.");
            AddTranslation(english, "MaximumLength_Simple", "{PropertyName} must be {MaxLength} characters or fewer.");
            AddTranslation(english, "ExactLength_Simple", "{PropertyName} must be exactly {MaxLength} characters long.");
            AddTranslation(english, "InclusiveBetween_Simple", "{PropertyName} must be from {From} to {To}.");
        }
    }

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
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : Sentence(member.Name);

        // One message a field: an empty date says "Enter the date", not also "cannot be in the past".
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
    }

    [GeneratedRegex("(?<=[a-z0-9])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])")]
    private static partial Regex CapitalWord();
}
