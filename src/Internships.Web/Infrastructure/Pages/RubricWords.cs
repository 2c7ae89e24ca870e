using System.Globalization;
using System.Resources;
using Internships.Domain.Evaluations;
using Internships.Web.Resources;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// A rubric competency's name and description in the request's language. The rubric a district starts with
/// (<see cref="RubricCompetency.Defaults"/>) has its words in <see cref="RubricText"/> ("Rubric.communication.Name");
/// a competency the district added or reworded shows the district's own words, as written.
/// </summary>
public static class RubricWords
{
    private static readonly ResourceManager Words = new(typeof(RubricText).FullName!, typeof(RubricText).Assembly);

    public static string Name(string key, string name) =>
        RubricCompetency.Defaults.Any(d => d.Key == key && d.Name == name) ? Translated(key, "Name", name) : name;

    public static string Description(string key, string description) =>
        RubricCompetency.Defaults.Any(d => d.Key == key && d.Description == description) ? Translated(key, "Description", description) : description;

    private static string Translated(string key, string part, string written) =>
        Words.GetString($"Rubric.{key}.{part}", CultureInfo.CurrentUICulture) ?? written;
}
