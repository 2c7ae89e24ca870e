using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Badges;

public sealed class CatalogueAndManualAwardTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Coordinator_designs_a_badge_with_an_employer_and_everyone_signed_in_reads_the_catalogue()
    {
        var employerId = await District.CreateEmployerAsync();
        var body = BadgeBuilder.Body(kind: "Capacity", validityMonths: 24);
        body["endorsingEmployerId"] = employerId;

        var badge = await BadgeBuilder.CreateAsync(District, body);

        Assert.That(badge["endorsingEmployerId"]!.GetValue<int>(), Is.EqualTo(employerId));
        Assert.That(badge["endorsingEmployerName"]!.GetValue<string>(), Does.StartWith("Employer "));
        Assert.That(badge["imageUrl"]!.GetValue<string>(), Does.EndWith($"/ob/v2/badges/{badge["publicId"]}/image"));
        Assert.That(badge["hasUploadedImage"]!.GetValue<bool>(), Is.False);
        var student = (await District.CreateStudentAsync(await District.CreateSchoolAsync(), [])).Client!;
        var read = await student.GetJsonAsync($"/api/badges/{District.Id(badge)}");
        Assert.That(read["alignments"]![0]!["targetCode"]!.GetValue<string>(), Is.EqualTo("CR-2"));
        await (await student.PostAsync("/api/badges", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Badge_fields_are_validated()
    {
        var body = BadgeBuilder.Body(awardRule: new { competencyKey = "juggling", minimumScore = 9 }, recipientType: "Organisation", prerequisiteIds: [987654]);
        body["color"] = "green";
        body["name"] = "";

        var response = await District.Coordinator.PostAsync("/api/badges", body);

        await response.ShouldBeValidationProblemAsync("name", "color", "prerequisiteIds", "awardRule", "awardRule.competencyKey", "awardRule.minimumScore");
    }

    [Test]
    public async Task Coordinator_uploads_the_badges_own_png()
    {
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var original = await District.Anonymous.Http.GetByteArrayAsync($"/ob/v2/badges/{badge["publicId"]}/image");

        var notPng = new ByteArrayContent("GIF89a"u8.ToArray());
        notPng.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await (await District.Coordinator.Http.PutAsync($"/api/badges/{District.Id(badge)}/image", notPng)).ShouldBeValidationProblemAsync("png");

        var png = new ByteArrayContent(original);
        png.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var uploaded = await District.Coordinator.ExpectAsync<JsonObject>(District.Coordinator.Http.PutAsync($"/api/badges/{District.Id(badge)}/image", png));
        Assert.That(uploaded["hasUploadedImage"]!.GetValue<bool>(), Is.True);
        Assert.That(await District.Anonymous.Http.GetByteArrayAsync($"/ob/v2/badges/{badge["publicId"]}/image"), Is.EqualTo(original));

        var wrongType = new StringContent("hello", System.Text.Encoding.UTF8, "text/plain");
        await (await District.Coordinator.Http.PutAsync($"/api/badges/{District.Id(badge)}/image", wrongType)).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Coordinator_awards_by_hand_once_and_only_with_the_prerequisites()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var first = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(kind: "Competency"));
        var second = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(prerequisiteIds: [District.Id(first)]));

        var blocked = await District.Coordinator.PostAsync($"/api/badges/{District.Id(second)}/awards", new { studentId = student.StudentId });
        var problem = await blocked.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain(first["name"]!.GetValue<string>()));

        var response = await District.Coordinator.PostAsync($"/api/badges/{District.Id(first)}/awards",
            new { studentId = student.StudentId, narrative = "Finished the 12-week Arduino workshop.", evidenceUrl = "https://videos.example/arduino" });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var award = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/awards/{award["id"]}"));
        Assert.That(award["evidence"]![0]!["url"]!.GetValue<string>(), Is.EqualTo("https://videos.example/arduino"));

        await (await District.Coordinator.PostAsync($"/api/badges/{District.Id(first)}/awards", new { studentId = student.StudentId }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(second)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        Assert.That((await student.Client!.GetJsonAsync("/api/me/badges"))["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task Organisations_receive_organisation_badges_only()
    {
        var employerId = await District.CreateEmployerAsync();
        var partner = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body(recipientType: "Organisation", kind: "Capacity"));
        var studentBadge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());

        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(partner)}/awards", new { employerId }, HttpStatusCode.Created);
        Assert.That(award["employerId"]!.GetValue<int>(), Is.EqualTo(employerId));
        await (await District.Coordinator.PostAsync($"/api/badges/{District.Id(studentBadge)}/awards", new { employerId }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await District.Coordinator.PostAsync($"/api/badges/{District.Id(partner)}/awards", new { }))
            .ShouldBeValidationProblemAsync("studentId");
    }

    [Test]
    public async Task A_revoked_award_says_so_everywhere_and_cannot_be_revoked_twice()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var badge = await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body());
        var award = await District.Coordinator.PostJsonAsync($"/api/badges/{District.Id(badge)}/awards", new { studentId = student.StudentId }, HttpStatusCode.Created);
        var id = award["id"]!.GetValue<string>();

        await (await District.Coordinator.PostAsync($"/api/awards/{id}/revoke", new { reason = "" })).ShouldBeValidationProblemAsync("reason");
        var revoked = await District.Coordinator.PostJsonAsync($"/api/awards/{id}/revoke", new { reason = "Awarded to the wrong student." });
        Assert.That(revoked["status"]!.GetValue<string>(), Is.EqualTo("Revoked"));
        await (await District.Coordinator.PostAsync($"/api/awards/{id}/revoke", new { reason = "Again" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var mine = await student.Client!.GetJsonAsync($"/api/awards/{id}");
        Assert.That(mine["revocationReason"]!.GetValue<string>(), Is.EqualTo("Awarded to the wrong student."));
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/awards?badgeClassId={District.Id(badge)}&revoked=true"))["total"]!.GetValue<int>(), Is.EqualTo(1));
    }
}
