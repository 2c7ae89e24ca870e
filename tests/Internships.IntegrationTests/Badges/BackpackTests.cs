using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

public sealed class BackpackTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_student_keeps_their_badges_adds_their_work_and_exports_everything()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        var id = award["id"]!.GetValue<string>();

        var withArtefact = await student.Client!.PostJsonAsync($"/api/me/badges/{id}/artefacts",
            new { name = "Demo video", url = "https://videos.example/robot-demo", description = "The robot following the line." });
        Assert.That(withArtefact["evidence"]!.AsArray().Select(e => e!["url"]?.GetValue<string>()), Does.Contain("https://videos.example/robot-demo"));
        await (await student.Client.PostAsync($"/api/me/badges/{id}/artefacts", new { name = "x", url = "javascript:alert(1)" }))
            .ShouldBeValidationProblemAsync("url");

        var backpack = await student.Client.GetJsonAsync("/api/me/badges");
        var item = backpack["items"]!.AsArray().Single()!;
        Assert.That(item["links"]!["verificationPage"]!.GetValue<string>(), Does.EndWith($"/badges/{id}"));
        Assert.That(item["links"]!["credential"]!.GetValue<string>(), Does.EndWith($"/ob/v3/credentials/{id}"));

        var export = await student.Client.GetJsonAsync("/api/me/badges/export");
        var exported = export["badges"]!.AsArray().Single()!;
        Assert.That(exported["assertion"]!["type"]!.GetValue<string>(), Is.EqualTo("Assertion"));
        Assert.That(exported["credential"]!.GetValue<string>().Split('.'), Has.Length.EqualTo(3));
        Assert.That(export["issuer"]!["type"]!.GetValue<string>(), Is.EqualTo("Issuer"));
    }

    [Test]
    public async Task Nobody_else_touches_a_students_badges()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var other = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        var id = award["id"]!.GetValue<string>();

        await (await other.Client!.GetAsync($"/api/awards/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.PutAsync($"/api/me/badges/{id}/visibility", new { showName = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.Client.PostAsync($"/api/me/badges/{id}/artefacts", new { name = "x", url = "https://x.example" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await other.Client.GetJsonAsync("/api/me/badges"))["total"]!.GetValue<int>(), Is.Zero);
        var employer = await District.CreateEmployerWithAdminAsync();
        await (await employer.Client.GetAsync($"/api/awards/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
