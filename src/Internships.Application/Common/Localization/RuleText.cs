using System.Globalization;
using System.Resources;
using Internships.Application.Common.Exceptions;
using Internships.Domain.Common;

namespace Internships.Application.Common.Localization;

/// <summary>
/// A rule's refusal in the reader's language. The words are kept by key (<see cref="RuleKeys"/>) in
/// <c>Resources/RuleText.resx</c> (English) and <c>RuleText.es.resx</c> (Spanish); the domain keeps its English sentence
/// as the exception's message. An English reader gets that sentence as it always was; any other reader the key's
/// text with the refusal's arguments written their way (a day as "14 ene 2026"), or the English sentence when the
/// refusal has no key yet or a word of it has no translation.
/// </summary>
public static class RuleText
{
    private static readonly ResourceManager Resources = new("Internships.Application.Resources.RuleText", typeof(RuleText).Assembly);

    /// <summary>The text of a key in the given language, or null when the English file has no such key.</summary>
    public static string? Find(string key, CultureInfo culture) => Resources.GetString(key, culture);

    /// <summary>Why the rule said no, in the current request's language.</summary>
    public static string Describe(DomainRuleException refusal) => Describe(refusal, refusal.Rule, CultureInfo.CurrentUICulture);

    /// <summary>Why the request conflicts, in the current request's language.</summary>
    public static string Describe(ConflictException conflict) => Describe(conflict, conflict.Rule, CultureInfo.CurrentUICulture);

    /// <summary>One sentence of a rule (e.g. a reason a student may not apply), in the current request's language.</summary>
    public static string Describe(RuleMessage rule) =>
        IsEnglish(CultureInfo.CurrentUICulture) ? rule.English : Render(rule, CultureInfo.CurrentUICulture) ?? rule.English;

    /// <summary>The refusal of <paramref name="refusal"/>, whichever kind it is; null when it is not a rule's refusal.</summary>
    public static string? DescribeAny(Exception refusal) => refusal switch
    {
        DomainRuleException rule => Describe(rule),
        ConflictException conflict => Describe(conflict),
        _ => null,
    };

    private static string Describe(Exception refusal, RuleMessage? rule, CultureInfo culture)
    {
        if (IsEnglish(culture))
        {
            return refusal.Message;
        }

        var words = refusal switch
        {
            InvalidStateTransitionException transition => Transition(transition, culture),
            _ when rule is not null => Render(rule, culture),
            _ => null,
        };
        return words ?? refusal.Message;
    }

    /// <summary>"The {entity} is {from}; it cannot be {action}." with each word by its key; a word may agree with its entity (Rule.State.TimesheetEntryApproved).</summary>
    private static string? Transition(InvalidStateTransitionException transition, CultureInfo culture)
    {
        var entity = Find(RuleKeys.Word("Entity", transition.Entity), culture);
        var from = Find(RuleKeys.Word("State", transition.Entity + " " + transition.From), culture)
            ?? Find(RuleKeys.Word("State", transition.From), culture);
        var action = Find(RuleKeys.Word("Action", transition.Action), culture);
        var sentence = Find(RuleKeys.Transition, culture);
        return entity is null || from is null || action is null || sentence is null
            ? null
            : string.Format(culture, sentence, entity, from, action);
    }

    private static string? Render(RuleMessage rule, CultureInfo culture)
    {
        if (Find(rule.Key, culture) is not { } text)
        {
            return null;
        }

        var arguments = new object?[rule.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = rule.Arguments[i] switch
            {
                DateOnly day => day.ToString(ValidationText.Get("Format.Day", culture), culture),
                RuleMessage word => Render(word, culture),
                IEnumerable<RuleMessage> sentences => Join(sentences, culture),
                var other => other,
            };
            if (arguments[i] is null)
            {
                return null;
            }
        }

        return string.Format(culture, text, arguments);
    }

    private static string? Join(IEnumerable<RuleMessage> sentences, CultureInfo culture)
    {
        var rendered = sentences.Select(s => Render(s, culture)).ToList();
        return rendered.Any(s => s is null) ? null : string.Join(" ", rendered);
    }

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en" || culture.Equals(CultureInfo.InvariantCulture);
}
