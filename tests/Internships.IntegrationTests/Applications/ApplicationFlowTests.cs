using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Applications;

public sealed class ApplicationFlowTests
{
    private static District District => TestHost.District;

    private static string Status(JsonObject application) => application["status"]!.GetValue<string>();

    [Test]
    public async Task Student_applies_employer_reviews_and_offers_student_accepts_and_a_slot_fills()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);

        var response = await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications",
            new { statement = "I have built two bridges out of popsicle sticks and want to build a real one." });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var application = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = District.Id(application);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/applications/{id}"));
        Assert.That(Status(application), Is.EqualTo("Submitted"));
        Assert.That(application["rank"]!.GetValue<int>(), Is.EqualTo(1));

        var mine = await student.Client.GetJsonAsync("/api/me/applications");
        Assert.That(mine["items"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()), Is.EqualTo(new[] { id }));

        var applicants = await scenario.Employer.Client.GetJsonAsync($"/api/postings/{scenario.PostingId}/applications");
        var seenByEmployer = applicants["items"]!.AsArray().Single()!.AsObject();
        Assert.That(seenByEmployer["rank"], Is.Null, "a student's ranking of their choices is not the employer's business");
        Assert.That(seenByEmployer["applicant"]!["isMinor"]!.GetValue<bool>(), Is.True);
        Assert.That(seenByEmployer.ToJsonString(), Does.Not.Contain("dateOfBirth"));

        Assert.That(Status(await scenario.Employer.Client.PostJsonAsync($"/api/applications/{id}/review")), Is.EqualTo("UnderReview"));
        Assert.That(Status(await scenario.Employer.Client.PostJsonAsync($"/api/applications/{id}/offer")), Is.EqualTo("Offered"));
        Assert.That(Status(await student.Client.PostJsonAsync($"/api/applications/{id}/accept")), Is.EqualTo("Accepted"));

        var posting = await student.Client.GetJsonAsync($"/api/postings/{scenario.PostingId}");
        Assert.That(posting["filledSlots"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(posting["remainingSlots"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Student_declines_an_offer_and_withdraws_another_application()
    {
        var scenario = await Scenario.CreateAsync(District);
        var second = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId]);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var offered = await District.ApplyAsync(student, scenario.PostingId);
        var other = await District.ApplyAsync(student, second);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{offered}/offer");

        Assert.That(Status(await student.Client!.PostJsonAsync($"/api/applications/{offered}/decline")), Is.EqualTo("Declined"));
        Assert.That(Status(await student.Client.PostJsonAsync($"/api/applications/{other}/withdraw")), Is.EqualTo("Withdrawn"));

        var posting = await student.Client.GetJsonAsync($"/api/postings/{scenario.PostingId}");
        Assert.That(posting["filledSlots"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task Employer_rejects_with_a_reason_the_student_sees()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var id = await District.ApplyAsync(student, scenario.PostingId);

        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{id}/reject", new { reason = "We need someone with CAD experience." });

        var seen = await student.Client!.GetJsonAsync($"/api/applications/{id}");
        Assert.That(Status(seen), Is.EqualTo("Rejected"));
        Assert.That(seen["decisionNote"]!.GetValue<string>(), Is.EqualTo("We need someone with CAD experience."));
    }

    [Test]
    public async Task Applying_twice_to_the_same_posting_is_a_conflict()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        await District.ApplyAsync(student, scenario.PostingId);

        var again = await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Please!" });

        var problem = await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("already applied"));
    }

    [Test]
    public async Task Concurrent_duplicate_applications_store_exactly_one()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Me, me, me." })));

        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.Conflict), Is.EqualTo(5));
        var stored = await District.Factory.WithDbAsync(db => Task.FromResult(
            db.Applications.Count(a => a.PostingId == scenario.PostingId && a.StudentId == student.StudentId)));
        Assert.That(stored, Is.EqualTo(1));
    }

    [TestCase(10, 15, true, "grade 11 and 12")]
    [TestCase(11, 16, false, "pathway you are not enrolled in")]
    public async Task Ineligible_student_is_refused_with_the_reason(int grade, int age, bool inPathway, string reason)
    {
        var scenario = await Scenario.CreateAsync(District);
        var otherPathway = await District.CreatePathwayAsync();
        var student = await District.CreateStudentAsync(scenario.SchoolId, [inPathway ? scenario.PathwayId : otherPathway], grade, age);

        var response = await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Hello" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("not eligible").And.Contain(reason));
    }

    [Test]
    public async Task Too_young_on_the_start_date_is_refused()
    {
        var scenario = await Scenario.CreateAsync(District);
        var adultsOnly = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], b => b["minimumAge"] = 18);
        var student = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId], grade: 12, age: 17);

        var response = await student.Client!.PostAsync($"/api/postings/{adultsOnly}/applications", new { statement = "Hello" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("at least 18"));
    }

    [Test]
    public async Task A_student_who_left_the_district_can_no_longer_apply_nor_sign_in()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        await District.Coordinator.ReplaceJsonAsync($"/api/students/{student.StudentId}", new
        {
            firstName = record["firstName"]!.GetValue<string>(), lastName = record["lastName"]!.GetValue<string>(),
            email = record["email"]!.GetValue<string>(), grade = 11, dateOfBirth = record["dateOfBirth"]!.GetValue<string>(),
            schoolId = scenario.SchoolId, isActive = false,
        });

        var response = await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Hello" });

        // Their account went with their enrolment (the domain's own "not currently enrolled" rule: EligibilityRuleTests).
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(await District.Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .AnyAsync(db.Applications, a => a.StudentId == student.StudentId)), Is.False);
    }

    [Test]
    public async Task Cannot_apply_to_a_draft_or_a_closed_posting()
    {
        var scenario = await Scenario.CreateAsync(District);
        var draft = await District.CreateDraftPostingAsync(scenario.Employer, [scenario.PathwayId]);
        await scenario.Employer.Client.PostJsonAsync($"/api/postings/{scenario.PostingId}/close");
        var student = await scenario.CreateEligibleStudentAsync(District);

        await (await student.Client!.PostAsync($"/api/postings/{draft}/applications", new { statement = "Hi" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var closed = await student.Client.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Hi" });
        var problem = await closed.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("not taking applications"));
    }

    [Test]
    public async Task Statement_is_required_and_bounded()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);

        await (await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "" }))
            .ShouldBeValidationProblemAsync("statement");
        await (await student.Client.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = new string('s', 2001) }))
            .ShouldBeValidationProblemAsync("statement");
    }

    [Test]
    public async Task Illegal_transitions_are_409_problems()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var id = await District.ApplyAsync(student, scenario.PostingId);

        var acceptUnoffered = await student.Client!.PostAsync($"/api/applications/{id}/accept");
        var problem = await acceptUnoffered.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("The application is submitted; it cannot be accepted."));
        await (await student.Client.PostAsync($"/api/applications/{id}/decline")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{id}/offer");
        await student.Client.PostJsonAsync($"/api/applications/{id}/accept");

        await (await student.Client.PostAsync($"/api/applications/{id}/withdraw")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await scenario.Employer.Client.PostAsync($"/api/applications/{id}/reject")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await scenario.Employer.Client.PostAsync($"/api/applications/{id}/review")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task When_the_last_slot_fills_the_applications_still_in_play_close_with_a_note()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 1);
        var first = await scenario.CreateEligibleStudentAsync(District);
        var second = await scenario.CreateEligibleStudentAsync(District);
        var waiting = await scenario.CreateEligibleStudentAsync(District);
        var firstApp = await District.ApplyAsync(first, scenario.PostingId);
        var secondApp = await District.ApplyAsync(second, scenario.PostingId);
        var waitingApp = await District.ApplyAsync(waiting, scenario.PostingId);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{firstApp}/offer");
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{secondApp}/offer");

        await first.Client!.PostJsonAsync($"/api/applications/{firstApp}/accept");

        var posting = await District.Coordinator.GetJsonAsync($"/api/postings/{scenario.PostingId}");
        Assert.That(posting["status"]!.GetValue<string>(), Is.EqualTo("Filled"));
        var late = await second.Client!.PostAsync($"/api/applications/{secondApp}/accept");
        var problem = await late.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("Every place in this internship was filled before you accepted."));

        var closed = await waiting.Client!.GetJsonAsync($"/api/applications/{waitingApp}");
        Assert.That(Status(closed), Is.EqualTo("Rejected"));
        Assert.That(closed["decisionNote"]!.GetValue<string>(), Is.EqualTo("Every place in this internship has been filled."));
        var unaccepted = await second.Client.GetJsonAsync($"/api/applications/{secondApp}");
        Assert.That(Status(unaccepted), Is.EqualTo("Rejected"), "no one is left holding an offer for a place that is gone");
        Assert.That(Status(await first.Client.GetJsonAsync($"/api/applications/{firstApp}")), Is.EqualTo("Accepted"));
    }

    [Test]
    public async Task Student_ranks_their_pending_applications()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await District.ApplyAsync(student, i == 0 ? scenario.PostingId
                : await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId])));
        }

        var before = await student.Client!.GetJsonAsync("/api/me/applications");
        Assert.That(before["items"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()), Is.EqualTo(ids));

        var reversed = Enumerable.Reverse(ids).ToArray();
        await (await student.Client.PutAsync("/api/me/applications/ranking", new { applicationIds = reversed }))
            .ShouldHaveStatusAsync(HttpStatusCode.NoContent);

        var after = await student.Client.GetJsonAsync("/api/me/applications");
        Assert.That(after["items"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()), Is.EqualTo(reversed));
        Assert.That(after["items"]!.AsArray().Select(a => a!["rank"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));

        await (await student.Client.PutAsync("/api/me/applications/ranking", new { applicationIds = reversed.Take(2) }))
            .ShouldBeValidationProblemAsync("applicationIds");
    }

    [Test]
    public async Task My_applications_filter_by_status_and_show_only_mine()
    {
        var scenario = await Scenario.CreateAsync(District);
        var me = await scenario.CreateEligibleStudentAsync(District);
        var someoneElse = await scenario.CreateEligibleStudentAsync(District);
        var mine = await District.ApplyAsync(me, scenario.PostingId);
        await District.ApplyAsync(someoneElse, scenario.PostingId);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{mine}/offer");

        var offered = await me.Client!.GetJsonAsync("/api/me/applications?status=Offered");
        Assert.That(offered["items"]!.AsArray().Select(a => a!["id"]!.GetValue<int>()), Is.EqualTo(new[] { mine }));
        Assert.That((await me.Client.GetJsonAsync("/api/me/applications?status=Submitted"))["total"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task My_applications_list_each_application_as_its_own_page_shows_it()
    {
        var scenario = await Scenario.CreateAsync(District);
        var me = await scenario.CreateEligibleStudentAsync(District);
        var second = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId]);
        var offered = await District.ApplyAsync(me, scenario.PostingId);
        var rejected = await District.ApplyAsync(me, second, "A different statement, for the second posting.");
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{offered}/offer");
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{rejected}/reject", new { reason = "We chose another applicant." });

        var listed = (await me.Client!.GetJsonAsync("/api/me/applications"))["items"]!.AsArray();

        Assert.That(listed.Select(a => a!["id"]!.GetValue<int>()), Is.EquivalentTo(new[] { offered, rejected }));
        foreach (var item in listed)
        {
            var single = await me.Client.GetJsonAsync($"/api/applications/{item!["id"]}");
            Assert.That(JsonNode.DeepEquals(item, single), Is.True, $"listed:\n{item}\nread alone:\n{single}");
        }

        Assert.That(listed.Single(a => a!["id"]!.GetValue<int>() == rejected)!["decisionNote"]!.GetValue<string>(), Is.EqualTo("We chose another applicant."));
        Assert.That(listed.All(a => a!["rank"] is not null && a["applicant"]!["schoolName"]!.GetValue<string>().Length > 0), Is.True);
    }
}
