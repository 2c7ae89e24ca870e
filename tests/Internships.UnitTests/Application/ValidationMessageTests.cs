using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Validation;
using Internships.Application.Features.Contacts;
using Internships.Application.Features.Placements;
using Internships.Application.Features.Postings;
using Internships.Application.Features.Terms;
using Internships.Domain.Contacts;
using Shouldly;

namespace Internships.UnitTests.Application;

/// <summary>
/// Every validator of the application, read rule by rule: its messages name fields in the page's words, never a
/// property's name (no "'Hours Per Week'"), and a required field says what to do ("Enter …", "Choose …").
/// </summary>
public sealed partial class ValidationMessageTests
{
    private sealed class FixedClock : IClock
    {
        public DateTime UtcNow => new(2027, 2, 15, 17, 0, 0, DateTimeKind.Utc);
        public DateOnly Today => new(2027, 2, 15);
        public DateTime ToDistrictTime(DateTime utc) => utc;
    }

    internal sealed record RuleMessage(string Validator, string Property, string Check, string Message, bool HasOwnMessage);

    internal static IEnumerable<RuleMessage> AllRuleMessages()
    {
        var assembly = typeof(PlainLanguage).Assembly;
        var validatorTypes = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && typeof(IValidator).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in validatorTypes)
        {
            var validator = Build(type);
            foreach (var rule in validator.CreateDescriptor().Rules)
            {
                var name = rule.GetDisplayName(null!) ?? rule.PropertyName ?? "";
                foreach (var component in rule.Components)
                {
                    var unformatted = Unformatted(component);
                    var ownMessage = unformatted != ValidatorOptions.Global.LanguageManager.GetString(component.Validator.Name);
                    var message = unformatted.Replace("{PropertyName}", name, StringComparison.Ordinal);
                    yield return new RuleMessage(type.Name, rule.PropertyName ?? "", component.Validator.Name, message, ownMessage);
                }
            }
        }
    }

    /// <summary>A message written by a function of the instance (it holds a date) is the rule's own; the tests below read it.</summary>
    private static string Unformatted(FluentValidation.Internal.IRuleComponent component)
    {
        try
        {
            return component.GetUnformattedErrorMessage();
        }
        catch (NullReferenceException)
        {
            return "(a message written for the instance)";
        }
    }

    private static IValidator Build(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType == typeof(IClock) ? new FixedClock() : (object?)null).ToArray();
        return (IValidator)constructor.Invoke(arguments);
    }

    /// <summary>Rules written with Custom(...): they add failures with sentences of their own; the rule's default text is never shown.</summary>
    private static readonly HashSet<(string Validator, string Property)> WritesItsOwnFailures =
        [("StartRosterImportValidator", "File"), ("SubmitInterestProfileValidator", "Answers")];

    [Test]
    public void Every_rule_says_its_own_sentence_without_a_property_name_or_quotes()
    {
        var problems = new List<string>();
        foreach (var rule in AllRuleMessages().Where(m => m.Check != "ChildValidatorAdaptor"))
        {
            var where = $"{rule.Validator}.{rule.Property} ({rule.Check}): \"{rule.Message}\"";
            if (!rule.HasOwnMessage && !WritesItsOwnFailures.Contains((rule.Validator, rule.Property)))
            {
                problems.Add($"{where} has no sentence of its own (.WithMessage)");
            }

            if (QuotedName().IsMatch(rule.Message))
            {
                problems.Add($"{where} quotes a name");
            }

            var split = SplitWords().Replace(rule.Property.Split('.')[^1], " $0");
            if (split.Contains(' ', StringComparison.Ordinal) && rule.Message.Contains(split, StringComparison.Ordinal))
            {
                problems.Add($"{where} names the property, not the field");
            }

            if (rule.Check is "NotEmptyValidator" or "NotNullValidator" or "NotEqualValidator"
                && (rule.Message.Contains("in the past", StringComparison.OrdinalIgnoreCase) || rule.Message.Contains("You entered", StringComparison.Ordinal)))
            {
                problems.Add($"{where} does not say what to enter");
            }
        }

        problems.ShouldBeEmpty();
    }

    [Test]
    public void A_rule_without_a_sentence_of_its_own_still_reads_as_words()
    {
        var result = new InlineValidator<EditPostingCommand> { v => v.RuleFor(x => x.HoursPerWeek).LessThanOrEqualTo(40) }
            .Validate(new EditPostingCommand { HoursPerWeek = 45 });

        result.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Hours per week must be 40 or less.");
    }

    [Test]
    public async Task The_posting_form_speaks_of_its_labels_and_writes_dates_as_the_pages_do()
    {
        var validator = new EditPostingValidator(null!, new FixedClock());

        var empty = await validator.ValidateAsync(new EditPostingCommand());
        Messages(empty, "Title").ShouldBe(["Enter the posting's title."]);
        Messages(empty, "Description").ShouldBe(["Enter what the intern will do."]);
        Messages(empty, "PathwayIds").ShouldBe(["Choose at least one career pathway."]);
        Messages(empty, "HoursPerWeek").ShouldBe(["Enter the hours a week: more than 0."]);
        Messages(empty, "StartDate").ShouldBe(["Enter the day the internship starts."], "an empty date is not 'in the past'");
        Messages(empty, "ApplicationDeadline").ShouldBe(["Enter the last day to apply."]);

        var wrong = await validator.ValidateAsync(new EditPostingCommand
        {
            HoursPerWeek = 45, StartDate = new DateOnly(2027, 3, 1), EndDate = new DateOnly(2027, 6, 1), ApplicationDeadline = new DateOnly(2027, 2, 1),
        });
        Messages(wrong, "HoursPerWeek").ShouldBe(["Hours a week must be 40 or fewer."]);
        Messages(wrong, "ApplicationDeadline").ShouldBe(["The apply-by date cannot be in the past: choose Feb 15, 2027 or later."]);

        var late = await validator.ValidateAsync(new EditPostingCommand { StartDate = new DateOnly(2027, 3, 1), ApplicationDeadline = new DateOnly(2027, 3, 5) });
        Messages(late, "ApplicationDeadline").ShouldBe(["The apply-by date must be on or before the start, Mar 1, 2027."]);
    }

    [Test]
    public void Hours_contacts_and_terms_say_what_to_enter()
    {
        Messages(new LogHoursValidator().Validate(new LogHoursCommand(new DateOnly(2027, 2, 10), 0, "")), "Hours")
            .ShouldBe(["Enter the hours worked: more than 0."]);

        var contact = new RecordContactValidator(new FixedClock()).Validate(new RecordContactCommand(default, ContactKind.SiteVisit, "", StudentId: 1, FollowUp: "Call back"));
        Messages(contact, "OccurredOn").ShouldBe(["Enter the date of the visit or contact."]);
        Messages(contact, "Notes").ShouldBe(["Enter the notes: what was seen or said."]);
        Messages(contact, "FollowUpDueOn").ShouldBe(["Enter the day the follow-up is due."]);

        var term = new CreateTermValidator().Validate(new CreateTermCommand("", new DateOnly(2027, 6, 1), new DateOnly(2027, 1, 1)));
        Messages(term, "Name").ShouldBe(["Enter the term's name."]);
        Messages(term, "EndDate").ShouldBe(["The last day cannot be before the first."]);
    }

    private static string[] Messages(FluentValidation.Results.ValidationResult result, string property) =>
        result.Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).ToArray();

    [GeneratedRegex("'[A-Z{]")]
    private static partial Regex QuotedName();

    [GeneratedRegex("(?<=[a-z])[A-Z]")]
    private static partial Regex SplitWords();
}
