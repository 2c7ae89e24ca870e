using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Internships.Matching;

namespace Internships.IntegrationTests.MatchRounds;

public sealed class MatchRoundTests
{
    private static District District => TestHost.District;

    private static int Int(JsonNode? node) => node!.GetValue<int>();

    private static async Task<JsonObject> CreateRoundAsync(int[] postingIds, int[] studentIds, int maxChoices = 5, bool allowOtherPathways = false) =>
        await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Spring round {District.Next()}",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(7),
            maxChoices,
            allowOtherPathways,
            postingIds,
            studentIds,
        }, HttpStatusCode.Created);

    private static async Task RankAsync(StudentActor student, int roundId, params int[] postingIds) =>
        await student.Client!.PutJsonAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds });

    private static Dictionary<int, (int? Posting, int? Choice, string? Reason)> Outcomes(JsonObject page) =>
        page["items"]!.AsArray().ToDictionary(o => Int(o!["studentId"]),
            o => ((int?)o!["postingId"]?.GetValue<int>(), (int?)o["choiceNumber"]?.GetValue<int>(), o["reason"]?.GetValue<string>()));

    [Test]
    public async Task A_round_runs_student_proposing_deferred_acceptance_is_reviewed_exported_and_published_as_offers()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 1);
        var p1 = scenario.PostingId;
        var p2 = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], slots: 2);
        var other = await District.CreateEmployerWithAdminAsync();
        var p3 = await District.CreateOpenPostingAsync(other, [scenario.PathwayId], slots: 1);
        var s1 = await scenario.CreateEligibleStudentAsync(District);
        var s2 = await scenario.CreateEligibleStudentAsync(District, grade: 12);
        var s3 = await scenario.CreateEligibleStudentAsync(District);
        var s4 = await scenario.CreateEligibleStudentAsync(District);
        var directApplication = await District.ApplyAsync(s1, p2);

        var round = await CreateRoundAsync([p1, p2, p3], [s1.StudentId, s2.StudentId, s3.StudentId, s4.StudentId]);
        var roundId = District.Id(round);
        Assert.That(round["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That(Int(round["participants"]), Is.EqualTo(4));
        Assert.That(Int(round["places"]), Is.EqualTo(4));

        await RankAsync(s1, roundId, p1, p2);
        await RankAsync(s2, roundId, p1, p3);
        await RankAsync(s3, roundId, p1);
        var mine = await s1.Client!.GetJsonAsync($"/api/match-rounds/{roundId}/my-choices");
        Assert.That(mine["choices"]!.AsArray().Select(c => Int(c!["postingId"])), Is.EqualTo(new[] { p1, p2 }));

        // Employer A prefers S2 to S1 for P1 and will not take S3; it does not rank P2, so all of P2's choosers are acceptable.
        var candidates = await scenario.Employer.Client.GetJsonAsync($"/api/match-rounds/{roundId}/postings/{p1}/candidates");
        Assert.That(Int(candidates["total"]), Is.EqualTo(3));
        Assert.That(candidates.ToJsonString(), Does.Not.Contain("dateOfBirth"), "employers never see a birth date");
        await scenario.Employer.Client.PutJsonAsync($"/api/match-rounds/{roundId}/postings/{p1}/ranking", new
        {
            ranking = new[] { new { studentId = s2.StudentId, rank = 1 }, new { studentId = s1.StudentId, rank = 2 } },
            unacceptable = new[] { s3.StudentId },
        });

        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");
        var response = await District.Coordinator.PostAsync($"/api/match-rounds/{roundId}/runs", new { seed = 42 });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/match-rounds/{roundId}/runs/1"));

        var review = await District.Coordinator.GetJsonAsync($"/api/match-rounds/{roundId}/runs/1");
        var run = review["run"]!.AsObject();
        Assert.That(run["seed"]!.GetValue<long>(), Is.EqualTo(42));
        Assert.That(Int(run["matched"]), Is.EqualTo(2));
        Assert.That(Int(run["unmatched"]), Is.EqualTo(2));
        Assert.That(run["placedAtChoice"]!.AsArray().Select(Int), Is.EqualTo(new[] { 1, 1 }), "S2 got a first choice, S1 a second");
        Assert.That(Int(review["unmatchedByReason"]!["NotAcceptable"]), Is.EqualTo(1));
        Assert.That(Int(review["unmatchedByReason"]!["NoChoices"]), Is.EqualTo(1));
        var unfilled = review["unfilledPostings"]!.AsArray().ToDictionary(p => Int(p!["postingId"]), p => (Int(p!["capacity"]), Int(p["filled"])));
        Assert.That(unfilled, Is.EquivalentTo(new Dictionary<int, (int, int)> { [p2] = (2, 1), [p3] = (1, 0) }));
        Assert.That(review["byGrade"]!.AsArray().Select(g => (g!["group"]!.GetValue<string>(), Int(g["participants"]), Int(g["matched"]))),
            Is.EqualTo(new[] { ("Grade 11", 3, 1), ("Grade 12", 1, 1) }));

        var outcomes = Outcomes(await District.Coordinator.GetJsonAsync($"/api/match-rounds/{roundId}/runs/1/outcomes?pageSize=100"));
        Assert.That(outcomes[s1.StudentId], Is.EqualTo(((int?)p2, (int?)2, (string?)null)));
        Assert.That(outcomes[s2.StudentId], Is.EqualTo(((int?)p1, (int?)1, (string?)null)));
        Assert.That(outcomes[s3.StudentId], Is.EqualTo(((int?)null, (int?)null, "NotAcceptable")));
        Assert.That(outcomes[s4.StudentId], Is.EqualTo(((int?)null, (int?)null, "NoChoices")));

        var csvResponse = await District.Coordinator.GetAsync($"/api/match-rounds/{roundId}/runs/1/results.csv");
        await csvResponse.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(csvResponse.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        var lines = (await csvResponse.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines[0], Is.EqualTo("round,run,seed,student_sis_id,student_name,school,grade,posting_id,posting_title,employer,choice,unmatched_reason"));
        Assert.That(lines, Has.Length.EqualTo(5));
        Assert.That(lines.Count(l => l.EndsWith(",NotAcceptable", StringComparison.Ordinal)), Is.EqualTo(1));

        // Nobody but coordinators sees a run before (or after) it is published.
        await (await s2.Client!.GetAsync($"/api/match-rounds/{roundId}/runs/1")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await scenario.Employer.Client.GetAsync($"/api/match-rounds/{roundId}/runs/1/outcomes")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var published = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/publish");
        Assert.That(published["round"]!["status"]!.GetValue<string>(), Is.EqualTo("Published"));
        Assert.That(Int(published["offersMade"]), Is.EqualTo(2));

        // S1's own application to P2 carries the offer; S2 gets a new application, offered, which it accepts as usual.
        var direct = await s1.Client.GetJsonAsync($"/api/applications/{directApplication}");
        Assert.That(direct["status"]!.GetValue<string>(), Is.EqualTo("Offered"));
        var s2Applications = await s2.Client.GetJsonAsync("/api/me/applications");
        var offer = s2Applications["items"]!.AsArray().Single()!.AsObject();
        Assert.That((Int(offer["postingId"]), offer["status"]!.GetValue<string>()), Is.EqualTo((p1, "Offered")));
        Assert.That((await s2.Client.PostJsonAsync($"/api/applications/{District.Id(offer)}/accept"))["status"]!.GetValue<string>(), Is.EqualTo("Accepted"));
        Assert.That(Int((await s2.Client.GetJsonAsync($"/api/postings/{p1}"))["filledSlots"]), Is.EqualTo(1));

        var again = await District.Coordinator.PostAsync($"/api/match-rounds/{roundId}/runs", new { seed = 7 });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await District.Coordinator.PostAsync($"/api/match-rounds/{roundId}/publish")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // A scramble round takes the unmatched students and the places left: P2 has one, P3 one; P1 is full.
        var scramble = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/scramble",
            new { name = "Scramble", preferenceDeadline = District.Today.AddDays(3) }, HttpStatusCode.Created);
        Assert.That(Int(scramble["scrambleOfRoundId"]), Is.EqualTo(roundId));
        Assert.That(Int(scramble["participants"]), Is.EqualTo(2));
        var scramblePostings = await District.Coordinator.GetJsonAsync($"/api/match-rounds/{District.Id(scramble)}/postings");
        Assert.That(scramblePostings["items"]!.AsArray().ToDictionary(p => Int(p!["postingId"]), p => Int(p!["capacity"])),
            Is.EquivalentTo(new Dictionary<int, int> { [p2] = 1, [p3] = 1 }));
        await RankAsync(s4, District.Id(scramble), p3);
        await (await s1.Client.GetAsync($"/api/match-rounds/{District.Id(scramble)}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Ties_are_broken_by_the_recorded_lottery_and_a_rerun_with_the_same_seed_gives_the_same_result()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 1);
        var students = new List<StudentActor>();
        for (var i = 0; i < 5; i++)
        {
            students.Add(await scenario.CreateEligibleStudentAsync(District));
        }

        var roundId = District.Id(await CreateRoundAsync([scenario.PostingId], students.Select(s => s.StudentId).ToArray()));
        foreach (var student in students)
        {
            await RankAsync(student, roundId, scenario.PostingId);
        }

        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");
        const long seed = 20261123;
        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", new { seed }, HttpStatusCode.Created);
        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", new { seed }, HttpStatusCode.Created);
        var random = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", null, HttpStatusCode.Created);
        Assert.That(random["seed"]!.GetValue<long>(), Is.Not.EqualTo(seed), "without a seed a fresh one is drawn and recorded");

        var first = Outcomes(await District.Coordinator.GetJsonAsync($"/api/match-rounds/{roundId}/runs/1/outcomes"));
        var second = Outcomes(await District.Coordinator.GetJsonAsync($"/api/match-rounds/{roundId}/runs/2/outcomes"));
        Assert.That(second, Is.EquivalentTo(first));

        // The employer ranked no one, so all five tie; the winner is the lowest number in the published draw.
        var winner = first.Single(o => o.Value.Posting is not null).Key;
        var lottery = TieBreakLottery.Draw(seed, students.Select(s => s.StudentId.ToString(CultureInfo.InvariantCulture)));
        Assert.That(winner.ToString(CultureInfo.InvariantCulture), Is.EqualTo(lottery.Order[0]));
        Assert.That(first.Values.Where(o => o.Posting is null).Select(o => o.Reason), Is.All.EqualTo("ChoicesFull"));

        var runs = await District.Coordinator.ExpectAsync<JsonArray>(District.Coordinator.GetAsync($"/api/match-rounds/{roundId}/runs"));
        Assert.That(runs.Select(r => Int(r!["number"])), Is.EqualTo(new[] { 3, 2, 1 }));
    }

    [Test]
    public async Task Rankings_follow_the_round_rules_and_its_state()
    {
        var scenario = await Scenario.CreateAsync(District);
        var otherPathway = await District.CreatePathwayAsync();
        var elsewhere = await District.CreateOpenPostingAsync(scenario.Employer, [otherPathway]);
        var extra = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId]);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var outsider = await scenario.CreateEligibleStudentAsync(District);
        var roundId = District.Id(await CreateRoundAsync([scenario.PostingId, elsewhere, extra], [student.StudentId], maxChoices: 1));

        var postings = await student.Client!.GetJsonAsync($"/api/match-rounds/{roundId}/postings");
        var elsewhereRow = postings["items"]!.AsArray().Single(p => Int(p!["postingId"]) == elsewhere)!;
        Assert.That(elsewhereRow["eligible"]!.GetValue<bool>(), Is.False);
        Assert.That(elsewhereRow["problems"]![0]!.GetValue<string>(), Does.Contain("pathway"));
        Assert.That(Int((await student.Client.GetJsonAsync($"/api/match-rounds/{roundId}/postings?eligibleOnly=true"))["total"]), Is.EqualTo(2));

        var ineligible = await student.Client.PutAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { elsewhere } });
        Assert.That((await ineligible.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), Does.Contain("pathway"));
        var tooMany = await student.Client.PutAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { scenario.PostingId, extra } });
        Assert.That((await tooMany.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), Does.Contain("at most 1"));
        var malformed = await student.Client.PutAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = "first" });
        await malformed.ShouldHaveStatusAsync(HttpStatusCode.BadRequest);
        await RankAsync(student, roundId, scenario.PostingId);

        await (await outsider.Client!.GetAsync($"/api/match-rounds/{roundId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.PutAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { scenario.PostingId } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var stranger = await District.CreateEmployerWithAdminAsync();
        await (await stranger.Client.GetAsync($"/api/match-rounds/{roundId}/postings/{scenario.PostingId}/candidates")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var notChosen = await scenario.Employer.Client.PutAsync($"/api/match-rounds/{roundId}/postings/{scenario.PostingId}/ranking",
            new { ranking = new[] { new { studentId = outsider.StudentId, rank = 1 } } });
        await notChosen.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await (await District.Coordinator.PostAsync($"/api/match-rounds/{roundId}/runs")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await District.Coordinator.PostAsync($"/api/match-rounds/{roundId}/publish")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");

        var late = await student.Client.PutAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { extra } });
        Assert.That((await late.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), Does.Contain("locked"));
        var lateEmployer = await scenario.Employer.Client.PutAsync($"/api/match-rounds/{roundId}/postings/{scenario.PostingId}/ranking",
            new { ranking = Array.Empty<object>() });
        await lateEmployer.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        // Until publishing, a coordinator may still enter a late ranking and change a capacity, then run again.
        var corrected = await District.Coordinator.PutJsonAsync($"/api/match-rounds/{roundId}/students/{student.StudentId}/choices",
            new { postingIds = new[] { extra } });
        Assert.That(corrected["choices"]!.AsArray().Select(c => Int(c!["postingId"])), Is.EqualTo(new[] { extra }));
        await District.Coordinator.PutJsonAsync($"/api/match-rounds/{roundId}/postings/{extra}/capacity", new { capacity = 0 });
        var run = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", null, HttpStatusCode.Created);
        Assert.That(Int(run["matched"]), Is.Zero, "the only choice has no places");
        var negative = await District.Coordinator.PutAsync($"/api/match-rounds/{roundId}/postings/{extra}/capacity", new { capacity = -1 });
        await negative.ShouldBeValidationProblemAsync("capacity");
    }

    [Test]
    public async Task Creating_a_round_checks_its_input()
    {
        var scenario = await Scenario.CreateAsync(District);
        var draft = await District.CreateDraftPostingAsync(scenario.Employer, [scenario.PathwayId]);
        var ninth = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId], grade: 10, age: 15);

        var invalid = await District.Coordinator.PostAsync("/api/match-rounds", new
        {
            name = "",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(-1),
            maxChoices = 0,
            grades = new[] { 9 },
        });
        await invalid.ShouldBeValidationProblemAsync("name", "preferenceDeadline", "maxChoices", "grades");

        var closed = await District.Coordinator.PostAsync("/api/match-rounds", new
        {
            name = "Draft round", term = "Spring 2027", preferenceDeadline = District.Today, postingIds = new[] { draft },
        });
        Assert.That((await closed.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>(), Does.Contain("not open"));

        var tooYoung = await District.Coordinator.PostAsync("/api/match-rounds", new
        {
            name = "Young round", term = "Spring 2027", preferenceDeadline = District.Today, postingIds = new[] { scenario.PostingId },
            studentIds = new[] { ninth.StudentId },
        });
        await tooYoung.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var bySchool = await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = "School round", term = "Spring 2027", preferenceDeadline = District.Today, postingIds = new[] { scenario.PostingId },
            schoolIds = new[] { scenario.SchoolId },
        }, HttpStatusCode.Created);
        Assert.That(Int(bySchool["participants"]), Is.Zero, "the school's only student is in grade 10");
        Assert.That(Int(bySchool["maxChoices"]), Is.EqualTo(5));
    }
}
