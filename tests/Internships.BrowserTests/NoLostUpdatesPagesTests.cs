using System.Text.RegularExpressions;
using Internships.BrowserTests.Support;

namespace Internships.BrowserTests;

/// <summary>
/// Two coordinators edit one student at once: the second save does not overwrite the first; the form says someone else
/// changed the record since it was opened, keeps what was typed, and offers to reload the record as it now is.
/// </summary>
public sealed class NoLostUpdatesPagesTests
{
    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [Test]
    public async Task A_save_over_someone_elses_change_is_refused_and_keeps_what_was_typed()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var first = await BrowserSession.OpenAsync("coordinator@demo.local");
        var second = await BrowserSession.OpenAsync("coordinator@demo.local");

        await first.GotoAsync("/coordinator/students/new");
        await first.GetByLabel("SIS id").FillAsync($"LOST-{tag}");
        await first.GetByLabel("First name").FillAsync("Noemi");
        await first.GetByLabel("Last name").FillAsync($"Okafor{tag}");
        await first.GetByLabel("E-mail address").FillAsync($"noemi-{tag}@students.example");
        await first.GetByLabel("Grade").SelectOptionAsync("11");
        await first.GetByLabel("Date of birth").FillAsync(DateTime.UtcNow.AddYears(-16).AddDays(-60).ToString("yyyy-MM-dd"));
        await first.GetByLabel("School").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await first.GetByRole(AriaRole.Button, new() { Name = "Add the student" }).ClickAsync();
        await first.WaitForArrivalAsync(new Regex("/coordinator/students/\\d+$"));
        var edit = new Uri(first.Url).AbsolutePath + "/edit";

        // Both open the form; the second saves first.
        await first.GotoAsync(edit);
        await second.GotoAsync(edit);
        await second.GetByLabel("Last name").FillAsync($"Okafor-Reyes{tag}");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync($"Noemi Okafor-Reyes{tag} is saved.");

        // The first saves over it: refused, with what they typed still in the form.
        await first.GetByLabel("First name").FillAsync("Noemí");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(first.Locator(".error-summary")).ToContainTextAsync("Someone else changed this record since you opened it");
        await Expect(first.GetByLabel("First name")).ToHaveValueAsync("Noemí");
        await Expect(first.GetByLabel("Last name")).ToHaveValueAsync($"Okafor{tag}");

        // Saving again from the same (stale) form is still refused; reloading shows the other change, then saving works.
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(first.Locator(".error-summary")).ToContainTextAsync("Someone else changed this record");
        await first.GetByRole(AriaRole.Link, new() { Name = "Reload the record as it is now" }).ClickAsync();
        await Expect(first.GetByLabel("Last name")).ToHaveValueAsync($"Okafor-Reyes{tag}");
        await first.GetByLabel("First name").FillAsync("Noemí");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync($"Noemí Okafor-Reyes{tag} is saved.");
    }
}
