using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Internships.Domain.Badges;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Badges;

/// <summary>
/// Out-of-classroom learning: a student claims a badge that allows claims, with evidence; a coordinator or the badge's
/// endorsing employer approves it (the badge is awarded once, with the claim as evidence, and e-mailed), asks for more, or
/// declines it with a reason. Everyone else gets 403/404.
/// </summary>
public sealed class BadgeClaimTests
{
    private static District District => TestHost.District;

    private const string Narrative = "I volunteered 40 hours at the Westside food bank, sorting donations and running the Saturday line.";

    private sealed record Setup(int BadgeId, EmployerActor Endorser, StudentActor Student, string StudentEmail);

    private static async Task<Setup> SetupAsync(bool allowsClaims = true)
    {
        var endorser = await District.CreateEmployerWithAdminAsync();
        var body = BadgeBuilder.Body(name: $"Community Volunteer {District.Next()}", kind: "Competency");
        body["endorsingEmployerId"] = endorser.EmployerId;
        body["allowsClaims"] = allowsClaims;
        var badge = await BadgeBuilder.CreateAsync(District, body);
        Assert.That(badge["allowsClaims"]!.GetValue<bool>(), Is.EqualTo(allowsClaims));
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var email = (await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();
        return new Setup(District.Id(badge), endorser, student, email);
    }

    private static Task<JsonObject> ClaimAsync(Setup s, params string[] links) =>
        s.Student.Client!.PostJsonAsync("/api/badge-claims", new { badgeClassId = s.BadgeId, narrative = Narrative, links }, HttpStatusCode.Created);

    private static ByteArrayContent Pdf(byte[]? content = null)
    {
        var pdf = new ByteArrayContent(content ?? "%PDF-1.4\n% a volunteering log\n%%EOF\n"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return pdf;
    }

    [Test]
    public async Task A_student_claims_with_evidence_and_the_coordinators_approval_awards_the_badge_with_the_claim_as_evidence()
    {
        var s = await SetupAsync();

        var claim = await ClaimAsync(s, "https://volunteer.example/log/123");
        var id = District.Id(claim);
        Assert.That(claim["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
        var attached = await s.Student.Client!.ExpectAsync<JsonObject>(s.Student.Client.Http.PutAsync($"/api/badge-claims/{id}/file", Pdf()));
        Assert.That(attached["evidenceFileName"]!.GetValue<string>(), Does.EndWith(".pdf"));

        var queue = await District.Coordinator.GetJsonAsync($"/api/badge-claims?badgeClassId={s.BadgeId}");
        Assert.That(queue["items"]!.AsArray().Select(c => District.Id(c!.AsObject())), Is.EqualTo(new[] { id }));
        var file = await District.Coordinator.Http.GetAsync($"/api/badge-claims/{id}/file");
        await file.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(file.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));

        var approved = await District.Coordinator.PostJsonAsync($"/api/badge-claims/{id}/approve");

        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
        Assert.That(approved["reviewedBy"]!.GetValue<string>(), Does.Contain("@"));
        var awardId = approved["awardId"]!.GetValue<Guid>();
        var backpack = await s.Student.Client.GetJsonAsync("/api/me/badges");
        var award = backpack["items"]!.AsArray().Single()!;
        Assert.That(award["id"]!.GetValue<Guid>(), Is.EqualTo(awardId));
        Assert.That(award["badgeClassId"]!.GetValue<int>(), Is.EqualTo(s.BadgeId));
        var evidence = await District.Factory.WithDbAsync(db => db.BadgeAwards.AsNoTracking().Where(a => a.PublicId == awardId)
            .Select(a => new { a.AwardKey, a.Evidence }).SingleAsync());
        Assert.That(evidence.AwardKey, Is.EqualTo($"claim:{id}"));
        Assert.That(evidence.Evidence.Select(e => e.Narrative), Does.Contain(Narrative));
        Assert.That(evidence.Evidence.Select(e => e.Url), Does.Contain("https://volunteer.example/log/123"));
        Assert.That(await Mailbox.CountAsync(District.Factory, NotificationKind.BadgeAwarded, s.StudentEmail), Is.EqualTo(1));

        var trail = await District.Coordinator.GetJsonAsync($"/api/audit/BadgeClaim/{id}");
        Assert.That(trail["items"]!.AsArray().Select(l => l!["action"]!.GetValue<string>()), Is.SupersetOf(new[] { "Created", "Updated" }));

        await (await s.Student.Client.PostAsync("/api/badge-claims", new { badgeClassId = s.BadgeId, narrative = Narrative }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Concurrent_approvals_of_one_claim_award_the_badge_once()
    {
        var s = await SetupAsync();
        var id = District.Id(await ClaimAsync(s));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            (i % 2 == 0 ? District.Coordinator : s.Endorser.Client).PostAsync($"/api/badge-claims/{id}/approve"))));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        Assert.That(responses.Where(r => r.StatusCode != HttpStatusCode.OK).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Conflict));
        var awards = await District.Factory.WithDbAsync(db => db.BadgeAwards.CountAsync(a => a.BadgeClassId == s.BadgeId));
        Assert.That(awards, Is.EqualTo(1));
        Assert.That(await Mailbox.CountAsync(District.Factory, NotificationKind.BadgeAwarded, s.StudentEmail), Is.EqualTo(1));
    }

    [Test]
    public async Task Asked_for_more_the_student_resubmits_and_the_endorsing_employer_approves()
    {
        var s = await SetupAsync();
        var id = District.Id(await ClaimAsync(s));

        await (await s.Endorser.Client.PostAsync($"/api/badge-claims/{id}/ask-for-more", new { note = "" })).ShouldBeValidationProblemAsync("note");
        var sentBack = await s.Endorser.Client.PostJsonAsync($"/api/badge-claims/{id}/ask-for-more", new { note = "Add the organiser's signed log." });
        Assert.That(sentBack["status"]!.GetValue<string>(), Is.EqualTo("MoreRequested"));
        await (await s.Endorser.Client.PostAsync($"/api/badge-claims/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var mine = await s.Student.Client!.GetJsonAsync("/api/badge-claims/mine");
        Assert.That(mine["items"]![0]!["reviewNote"]!.GetValue<string>(), Is.EqualTo("Add the organiser's signed log."));

        var etag = await s.Student.Client.ETagOfAsync($"/api/badge-claims/{id}");
        var resubmitted = await s.Student.Client.PutJsonAsync($"/api/badge-claims/{id}",
            new { narrative = Narrative + " The signed log is linked.", links = new[] { "https://volunteer.example/signed" } }, etag);
        Assert.That(resubmitted["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
        await (await s.Student.Client.PutAsync($"/api/badge-claims/{id}", new { narrative = "Stale." }, etag))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var approved = await s.Endorser.Client.PostJsonAsync($"/api/badge-claims/{id}/approve");
        Assert.That(approved["status"]!.GetValue<string>(), Is.EqualTo("Approved"));
        await (await s.Student.Client.PutAsync($"/api/badge-claims/{id}", new { narrative = "Too late." })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_declined_claim_carries_its_reason_and_the_student_may_claim_again()
    {
        var s = await SetupAsync();
        var id = District.Id(await ClaimAsync(s));

        await (await District.Coordinator.PostAsync($"/api/badge-claims/{id}/decline", new { reason = " " })).ShouldBeValidationProblemAsync("reason");
        var declined = await District.Coordinator.PostJsonAsync($"/api/badge-claims/{id}/decline", new { reason = "The hours are not signed by the organiser." });

        Assert.That(declined["status"]!.GetValue<string>(), Is.EqualTo("Declined"));
        Assert.That(declined["reviewNote"]!.GetValue<string>(), Is.EqualTo("The hours are not signed by the organiser."));
        Assert.That(declined["awardId"], Is.Null);
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeAwards.CountAsync(a => a.BadgeClassId == s.BadgeId)), Is.Zero);
        var waiting = await District.Coordinator.GetJsonAsync($"/api/badge-claims?badgeClassId={s.BadgeId}&status=Submitted");
        Assert.That(waiting["total"]!.GetValue<int>(), Is.Zero);
        var declinedList = await District.Coordinator.GetJsonAsync($"/api/badge-claims?badgeClassId={s.BadgeId}&status=Declined");
        Assert.That(declinedList["total"]!.GetValue<int>(), Is.EqualTo(1));
        await ClaimAsync(s);
    }

    [Test]
    public async Task Claims_are_refused_with_the_field_named_and_nothing_written()
    {
        var s = await SetupAsync();
        var closed = await SetupAsync(allowsClaims: false);
        var student = s.Student.Client!;

        await (await student.PostAsync("/api/badge-claims", new { badgeClassId = closed.BadgeId, narrative = Narrative }))
            .ShouldBeValidationProblemAsync("badgeClassId");
        await (await student.PostAsync("/api/badge-claims", new { badgeClassId = s.BadgeId, narrative = "", links = new[] { "javascript:alert(1)" } }))
            .ShouldBeValidationProblemAsync("narrative", "links[0]");
        await (await student.PostAsync("/api/badge-claims", new { badgeClassId = s.BadgeId, narrative = Narrative,
            links = Enumerable.Range(0, 6).Select(i => $"https://example.org/{i}").ToArray() })).ShouldBeValidationProblemAsync("links");
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeClaims.CountAsync(c => c.StudentId == s.Student.StudentId)), Is.Zero);

        var id = District.Id(await ClaimAsync(s));
        await (await student.PostAsync("/api/badge-claims", new { badgeClassId = s.BadgeId, narrative = Narrative }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await student.Http.PutAsync($"/api/badge-claims/{id}/file", Pdf("GIF89a"u8.ToArray()))).ShouldBeValidationProblemAsync("file");
        Assert.That(await District.Factory.WithDbAsync(db => db.BadgeClaims.CountAsync(c => c.StudentId == s.Student.StudentId)), Is.EqualTo(1));

        await (await District.Coordinator.PutAsync($"/api/badges/{closed.BadgeId}", OrganisationClaims(), "*"))
            .ShouldBeValidationProblemAsync("allowsClaims");
    }

    private static Dictionary<string, object?> OrganisationClaims()
    {
        var body = BadgeBuilder.Body(recipientType: "Organisation");
        body["allowsClaims"] = true;
        return body;
    }

    [Test]
    public async Task A_student_who_holds_the_badge_cannot_claim_it()
    {
        var s = await SetupAsync();
        await District.Coordinator.PostJsonAsync($"/api/badges/{s.BadgeId}/awards", new { studentId = s.Student.StudentId }, HttpStatusCode.Created);

        await (await s.Student.Client!.PostAsync("/api/badge-claims", new { badgeClassId = s.BadgeId, narrative = Narrative }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Other_employers_and_students_neither_see_nor_review_a_claim_and_its_student_cannot_review_it()
    {
        var s = await SetupAsync();
        var id = District.Id(await ClaimAsync(s));
        var otherEmployer = await District.CreateEmployerWithAdminAsync();
        var otherStudent = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);

        foreach (var outsider in new[] { otherEmployer.Client, otherStudent.Client! })
        {
            await (await outsider.GetAsync($"/api/badge-claims/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await outsider.GetAsync($"/api/badge-claims/{id}/file")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        await (await otherEmployer.Client.PostAsync($"/api/badge-claims/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherEmployer.Client.PostAsync($"/api/badge-claims/{id}/decline", new { reason = "No." })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await otherStudent.Client!.PutAsync($"/api/badge-claims/{id}", new { narrative = "Mine now." })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Student.Client!.PostAsync($"/api/badge-claims/{id}/approve")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Endorser.Client.PutAsync($"/api/badge-claims/{id}", new { narrative = "Edited by the reviewer." }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var otherQueue = await otherEmployer.Client.GetJsonAsync("/api/badge-claims?pageSize=100");
        Assert.That(otherQueue["items"]!.AsArray().Select(c => District.Id(c!.AsObject())), Does.Not.Contain(id));
        var endorserQueue = await s.Endorser.Client.GetJsonAsync("/api/badge-claims?pageSize=100");
        Assert.That(endorserQueue["items"]!.AsArray().Select(c => District.Id(c!.AsObject())), Does.Contain(id));
        Assert.That((await otherStudent.Client.GetJsonAsync("/api/badge-claims/mine"))["total"]!.GetValue<int>(), Is.Zero);
        await (await s.Student.Client.GetAsync("/api/badge-claims")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((await District.Coordinator.GetJsonAsync($"/api/badge-claims/{id}"))["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }
}
