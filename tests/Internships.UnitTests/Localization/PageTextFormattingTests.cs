using System.Text.RegularExpressions;
using Shouldly;

namespace Internships.UnitTests.Localization;

/// <summary>
/// An <c>IHtmlLocalizer</c>'s <c>T["key", args]</c> is a <c>LocalizedHtmlString</c> whose <c>.Value</c> is the text before
/// its arguments are put in ("Edit {0}"): a page that needs the formatted text as a string (a title, an aria-label) asks
/// <c>T.GetString("key", args).Value</c>. This check reads every page for the mistake.
/// </summary>
public sealed partial class PageTextFormattingTests
{
    [Test]
    public void No_page_takes_the_unformatted_value_of_a_text_with_arguments()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(ResourceCompletenessTests.RepositoryRoot(), "src"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        pages.Count.ShouldBeGreaterThan(50);

        var mistakes = pages.SelectMany(page => UnformattedValues(File.ReadAllText(page))
            .Select(found => $"{Path.GetFileName(page)}: {found}")).ToList();

        mistakes.ShouldBeEmpty();
    }

    [TestCase("""<a aria-label="@T["Schools.EditName", s.Name].Value">""", true)]
    [TestCase("""@T[$"Accounts.{handler}Label", Words(a[0]), a.Email].Value""", true)]
    [TestCase("""<a aria-label="@T.GetString("Schools.EditName", s.Name).Value">""", false)]
    [TestCase("""@T["Placements.FromWhom." + type].Value and @T["Reports.Of", x]""", false)]
    [TestCase("""@T["Outer", T["Inner"].Value]""", false)]
    public void The_check_tells_a_formatted_text_from_an_unformatted_one(string razor, bool mistaken) =>
        UnformattedValues(razor).Any().ShouldBe(mistaken);

    /// <summary>Each <c>X[...]</c> with an argument after the key, followed by <c>.Value</c>.</summary>
    private static IEnumerable<string> UnformattedValues(string razor)
    {
        foreach (Match indexer in Indexer().Matches(razor))
        {
            var (end, hasArguments) = ClosingBracket(razor, indexer.Index + indexer.Length - 1);
            if (end > 0 && hasArguments && string.CompareOrdinal(razor, end + 1, ".Value", 0, 6) == 0)
            {
                yield return razor[indexer.Index..(end + 7)];
            }
        }
    }

    private static (int End, bool HasArguments) ClosingBracket(string text, int open)
    {
        var depth = 0;
        var hasArguments = false;
        char? quote = null;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\') { i++; }
                else if (c == quote) { quote = null; }
                continue;
            }

            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '(' or '[' or '{': depth++; break;
                case ')' or ']' or '}' when --depth == 0: return (i, hasArguments);
                case ',' when depth == 1: hasArguments = true; break;
            }
        }

        return (-1, false);
    }

    [GeneratedRegex(@"\b[A-Z]\w*\[")]
    private static partial Regex Indexer();
}
