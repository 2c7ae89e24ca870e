using System.Text.RegularExpressions;
using Shouldly;

namespace Internships.UnitTests.Localization;

/// <summary>
/// Every conflict and rule refusal is made with a key of <c>RuleKeys</c>, so its API <c>detail</c> and its page message
/// read in the reader's language: a <c>new ConflictException("…")</c> or <c>new DomainRuleException($"…")</c> whose
/// first argument is a string (English only) is a refusal a Spanish reader would get in English. This check reads
/// every source file for one. The base call of <c>InvalidStateTransitionException</c> is its own: its words are keyed.
/// </summary>
public sealed partial class RefusalKeysTests
{
    [Test]
    public void No_refusal_is_written_only_in_English()
    {
        var root = ResourceCompletenessTests.RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        files.Count.ShouldBeGreaterThan(100);

        var unkeyed = files.SelectMany(file => EnglishOnlyRefusals(File.ReadAllText(file))
            .Select(found => $"{Path.GetRelativePath(root, file)}: {found}")).ToList();

        unkeyed.ShouldBeEmpty("give each of these a key of RuleKeys, with its words in RuleText.resx and RuleText.es.resx");
    }

    [TestCase("""throw new ConflictException("You have already applied to this posting.");""", true)]
    [TestCase("""throw new ConflictException($"A school with code {code} already exists.");""", true)]
    [TestCase("""throw new Common.Exceptions.ConflictException(@"Verbatim, still English.");""", true)]
    [TestCase("throw new ConflictException(\n                $\"An account for {email} already exists.\");", true)]
    [TestCase("""throw new DomainRuleException("An import fails with the errors that made it fail.");""", true)]
    [TestCase("""throw new DomainRuleException($"The invitation was already {state}.");""", true)]
    [TestCase("""public sealed class Refused() : DomainRuleException("Only English.");""", true)]
    [TestCase("""throw new ConflictException(RuleKeys.Schools.CodeExists, $"A school with code {code} already exists.", code);""", false)]
    [TestCase("""throw new DomainRuleException(RuleKeys.Roster.NotADryRun, "This import was not a dry run: it has already been applied.");""", false)]
    [TestCase("throw new DomainRuleException(\n    RuleKeys.Matching.CannotBeRanked, \"…\");", false)]
    [TestCase("""throw new DomainRuleException(first);""", false)]
    [TestCase("""    : DomainRuleException($"The {entity} is {from}; it cannot be {action}.")""", false)]
    public void The_check_tells_a_keyed_refusal_from_an_English_only_one(string source, bool englishOnly) =>
        EnglishOnlyRefusals(source).Any().ShouldBe(englishOnly);

    /// <summary>
    /// Each construction (or base call) of a refusal whose first argument is a string literal; the base call of
    /// <c>InvalidStateTransitionException</c>, which renders by its keyed words, excepted.
    /// </summary>
    private static IEnumerable<string> EnglishOnlyRefusals(string source) =>
        Refusal().Matches(source)
            .Where(m => !m.Groups["base"].Success || !InvalidStateTransitionBase().IsMatch(source[m.Index..]))
            .Select(m => Line(source, m.Index));

    private static string Line(string source, int index)
    {
        var start = source.LastIndexOf('\n', index) + 1;
        var end = source.IndexOf('\n', index + 1);
        var line = (end < 0 ? source[start..] : source[start..end]).Trim();
        return $"line {source[..index].Count(c => c == '\n') + 1}: {line}";
    }

    [GeneratedRegex(@"(?:\bnew\s+(?:[\w.]+\.)?|(?<base>:\s*))(?:ConflictException|DomainRuleException)\(\s*(?:\$@|@\$|\$+|@)?""")]
    private static partial Regex Refusal();

    /// <summary>The one base call that stays as it is: "The {entity} is {from}; it cannot be {action}."</summary>
    [GeneratedRegex(@"^:\s*DomainRuleException\(\$""The \{entity\} is \{from\}; it cannot be \{action\}\.""\)")]
    private static partial Regex InvalidStateTransitionBase();
}
