using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Pathways;

public sealed class PathwaysTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Coordinator_creates_and_updates_a_pathway_with_its_course_sequence()
    {
        var name = $"Health Science {District.Next()}";
        var created = await District.Coordinator.PostJsonAsync("/api/pathways", new
        {
            name,
            sector = "HealthScienceAndMedicalTechnology",
            description = "Patient care careers.",
            courseSequence = new[] { "Medical Terminology", "Anatomy", "Clinical Practice" },
        }, HttpStatusCode.Created);
        var id = District.Id(created);

        var updated = await District.Coordinator.ReplaceJsonAsync($"/api/pathways/{id}", new
        {
            name,
            sector = "HealthScienceAndMedicalTechnology",
            courseSequence = new[] { "Medical Terminology", "Anatomy", "Physiology", "Clinical Practice" },
        });

        Assert.That(updated["courseSequence"]!.AsArray().Select(c => c!.GetValue<string>()),
            Is.EqualTo(new[] { "Medical Terminology", "Anatomy", "Physiology", "Clinical Practice" }));
        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [])).Client!;
        var read = await student.GetJsonAsync($"/api/pathways/{id}");
        Assert.That(read["sector"]!.GetValue<string>(), Is.EqualTo("HealthScienceAndMedicalTechnology"));
    }

    [Test]
    public async Task Lists_filter_by_sector()
    {
        var name = $"Ag Mechanics {District.Next()}";
        await District.Coordinator.PostJsonAsync("/api/pathways", new
        {
            name, sector = "AgricultureAndNaturalResources", courseSequence = new[] { "Ag Science" },
        }, HttpStatusCode.Created);

        var page = await District.Coordinator.GetJsonAsync("/api/pathways?sector=AgricultureAndNaturalResources&pageSize=100");

        var items = page["items"]!.AsArray();
        Assert.That(items.Select(i => i!["name"]!.GetValue<string>()), Does.Contain(name));
        Assert.That(items.Select(i => i!["sector"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { "AgricultureAndNaturalResources" }));
    }

    [Test]
    public async Task Unknown_sector_and_empty_courses_are_named()
    {
        var badSector = await District.Coordinator.PostAsync("/api/pathways", new { name = "X", sector = "Astrology", courseSequence = new[] { "A" } });
        await badSector.ShouldBeValidationProblemAsync("sector");

        var noCourses = await District.Coordinator.PostAsync("/api/pathways", new { name = "Y", sector = "PublicServices", courseSequence = Array.Empty<string>() });
        await noCourses.ShouldBeValidationProblemAsync("courseSequence");
    }

    [Test]
    public async Task Duplicate_name_is_a_conflict()
    {
        var name = $"Dup pathway {District.Next()}";
        await District.Coordinator.PostJsonAsync("/api/pathways", new { name, sector = "PublicServices", courseSequence = new[] { "A" } }, HttpStatusCode.Created);

        var response = await District.Coordinator.PostAsync("/api/pathways", new { name, sector = "PublicServices", courseSequence = new[] { "A" } });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
