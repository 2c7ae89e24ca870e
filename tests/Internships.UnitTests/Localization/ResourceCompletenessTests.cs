using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentValidation;
using Internships.Application.Common.Localization;
using Internships.Application.Features.Applications;
using Internships.Application.Features.Users;
using Shouldly;

namespace Internships.UnitTests.Localization;

/// <summary>
/// Every resource file of the product (src/**/Resources/*.resx) has its Spanish twin (*.es.resx) with exactly the same
/// keys, no empty text, and the same placeholders ({0}, {PropertyName}) and links; and the validators speak Spanish
/// when the request does.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    public static IEnumerable<TestCaseData> EnglishFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Path.GetFileName(f).Contains(".es.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(RepositoryRoot(), f)).SetName($"Spanish twin of {Path.GetFileName(f)}"));

    [Test]
    public void The_product_has_resource_files_to_check() => EnglishFiles().Count().ShouldBeGreaterThanOrEqualTo(6);

    [TestCaseSource(nameof(EnglishFiles))]
    public void Every_English_key_has_its_Spanish_text(string englishFile)
    {
        var english = Read(Path.Combine(RepositoryRoot(), englishFile));
        var spanishFile = Path.ChangeExtension(Path.Combine(RepositoryRoot(), englishFile), ".es.resx");
        File.Exists(spanishFile).ShouldBeTrue($"{englishFile} has no Spanish twin {Path.GetFileName(spanishFile)}");
        var spanish = Read(spanishFile);

        english.Keys.Except(spanish.Keys).ShouldBeEmpty($"keys of {englishFile} missing from its Spanish twin");
        spanish.Keys.Except(english.Keys).ShouldBeEmpty($"keys of the Spanish twin of {englishFile} that English does not have");
        foreach (var (key, text) in english)
        {
            text.Trim().ShouldNotBeEmpty($"{key} is empty in English");
            spanish[key].Trim().ShouldNotBeEmpty($"{key} is empty in Spanish");
            Placeholders(spanish[key]).ShouldBe(Placeholders(text), $"{key}: the Spanish text must use the same placeholders");
            Links(spanish[key]).ShouldBe(Links(text), $"{key}: the Spanish text must keep the same links");
        }
    }

    [Test]
    public void A_Spanish_file_without_English_is_refused()
    {
        var orphans = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.es.resx", SearchOption.AllDirectories)
            .Where(f => !File.Exists(f.Replace(".es.resx", ".resx", StringComparison.Ordinal)));
        orphans.ShouldBeEmpty();
    }

    [Test]
    public void The_check_notices_a_missing_key()
    {
        var folder = Directory.CreateTempSubdirectory("resx-check-");
        try
        {
            var english = Path.Combine(folder.FullName, "Sample.resx");
            File.WriteAllText(english, """<root><data name="A"><value>One</value></data><data name="B"><value>Two</value></data></root>""");
            File.WriteAllText(Path.ChangeExtension(english, ".es.resx"), """<root><data name="A"><value>Uno</value></data></root>""");
            Read(english).Keys.Except(Read(Path.ChangeExtension(english, ".es.resx")).Keys).ShouldBe(["B"]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_validator_speaks_the_language_of_the_request()
    {
        var command = new SubmitApplicationCommand("") { PostingId = 1 };
        var validator = new SubmitApplicationValidator();

        InCulture(Languages.Spanish, () => validator.Validate(command).Errors.Single().ErrorMessage)
            .ShouldBe("Cuéntale al empleador por qué quieres esta pasantía.");
        InCulture(Languages.English, () => validator.Validate(command).Errors.Single().ErrorMessage)
            .ShouldBe("Tell the employer why you want this internship.");
    }

    [Test]
    public void A_built_in_rule_speaks_plain_Spanish()
    {
        var validator = new InlineValidator<SetMyLanguageCommand>();
        validator.RuleFor(x => x.Language).MaximumLength(2);

        InCulture(Languages.Spanish, () => validator.Validate(new SetMyLanguageCommand("es-US")).Errors.Single().ErrorMessage)
            .ShouldBe("El idioma debe tener 2 caracteres o menos (tiene 5).");
    }

    private static T InCulture<T>(string culture, Func<T> action)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static string[] Links(string text) => [.. Link().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[A-Za-z0-9]+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("href=\"[^\"]*\"")]
    private static partial Regex Link();

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Internships.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Internships.sln not found above the test directory.");
    }
}
