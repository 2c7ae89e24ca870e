using Internships.IntegrationTests.Support;
using Internships.Web.Infrastructure.Pages;

namespace Internships.IntegrationTests.Platform;

/// <summary>Numbers, hours and money as every page writes them: thousands separators, never a bare raw value.</summary>
public sealed class DisplayTests
{
    [Test]
    public void Counts_hours_and_money_carry_thousands_separators()
    {
        Assert.That(Display.Number(12480), Is.EqualTo("12,480"));
        Assert.That(Display.Number(7), Is.EqualTo("7"));
        Assert.That(Display.Hours(12480.5m), Is.EqualTo("12,480.5"));
        Assert.That(Display.Hours(40m), Is.EqualTo("40"));
        Assert.That(Display.Money(55198m), Is.EqualTo("$55,198.00"));
    }

    [Test]
    public void A_statistics_tile_never_breaks_inside_a_value()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Internships.Web", "wwwroot", "css", "site.css"));
        var rule = css.Split('\n').Single(l => l.StartsWith(".stats strong", StringComparison.Ordinal));

        Assert.That(rule, Does.Contain("white-space: nowrap").And.Not.Contain("overflow-wrap: anywhere"));
    }
}
