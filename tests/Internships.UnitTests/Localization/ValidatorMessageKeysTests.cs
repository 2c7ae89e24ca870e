using System.Text.RegularExpressions;
using Shouldly;

namespace Internships.UnitTests.Localization;

/// <summary>
/// A validator's message is read by a person in their request's language: it names its words by key
/// (<c>.WithMessageKey("Area.Name")</c>, or <c>.WithMessage(_ => ValidationText.Format("Area.Name", ...))</c>), never
/// as an English literal, which would reach a Spanish reader in English. This check reads every source file for one.
/// </summary>
public sealed partial class ValidatorMessageKeysTests
{
    [Test]
    public void No_validator_writes_its_message_as_a_literal()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(ResourceCompletenessTests.RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        sources.Count.ShouldBeGreaterThan(100);

        var literals = sources.SelectMany(source => LiteralMessages(File.ReadAllText(source))
            .Select(found => $"{Path.GetRelativePath(ResourceCompletenessTests.RepositoryRoot(), source)}: {found}")).ToList();

        literals.ShouldBeEmpty("give each message a key in ValidationText.resx and ValidationText.es.resx and name it with WithMessageKey");
    }

    [TestCase("""RuleFor(x => x.Reason).NotEmpty().WithMessage("Enter the reason.");""", true)]
    [TestCase("""RuleFor(x => x.Ids).Must(Few).WithMessage($"Rank at most {Max} postings.");""", true)]
    [TestCase("""RuleFor(x => x.Url).Must(IsUrl).WithMessage(@"Enter the address.");""", true)]
    [TestCase("""RuleFor(x => x.Days).InclusiveBetween(0, 9).WithMessage(x => $"Choose at most {x.Max} days.");""", true)]
    [TestCase("RuleFor(x => x.Code)\n    .NotEmpty()\n    .WithMessage( \"Enter the code.\");", true)]
    [TestCase("""RuleFor(x => x.Reason).NotEmpty().WithMessageKey("Postings.ReturnReasonRequired");""", false)]
    [TestCase("""RuleFor(x => x.Ids).Must(Few).WithMessage(_ => ValidationText.Format("MatchRounds.ChoicesTooMany", Max));""", false)]
    [TestCase("""rule.WithMessage(_ => ValidationText.Get(key));""", false)]
    [TestCase("""RuleFor(x => x.Name).NotEmpty().WithName("name").WithMessageKey("Badges.NameRequired");""", false)]
    public void The_check_tells_a_literal_message_from_one_by_key(string source, bool literal) =>
        LiteralMessages(source).Any().ShouldBe(literal);

    /// <summary>Each <c>.WithMessage("...")</c>, <c>.WithMessage($"...")</c> or <c>.WithMessage(x => "...")</c>.</summary>
    private static IEnumerable<string> LiteralMessages(string source) =>
        LiteralMessage().Matches(source).Select(m => Regex.Replace(m.Value, @"\s+", " "));

    [GeneratedRegex("""\.WithMessage\(\s*(?:\w+\s*=>\s*)?[$@]{0,2}"[^"\r\n]*"?""")]
    private static partial Regex LiteralMessage();
}
