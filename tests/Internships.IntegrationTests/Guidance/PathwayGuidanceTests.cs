using System.Net;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Guidance;

/// <summary>
/// Pathway guidance through HTTP: a student answers the interest questionnaire and sees suggested pathways with reasons,
/// a coordinator reads them (an audited view of the record) and enrols the student in one, others may not see them,
/// and the dashboard counts interest by pathway.
/// </summary>
public sealed class PathwayGuidanceTests
{
    private static District District => TestHost.District;

    private const string Url = "/api/me/interest-profile";

    /// <summary>A Health Science pathway named to come first among equal matches (ties go by name), and two others.</summary>
    private static int _healthPathwayId;

    private static string _healthPathwayName = "";

    [OneTimeSetUp]
    public async Task CreateHealthPathwayAsync()
    {
        _healthPathwayName = $"AAA Health Guidance {District.Next()}";
        _healthPathwayId = District.Id(await District.Coordinator.PostJsonAsync("/api/pathways", new
        {
            name = _healthPathwayName, sector = "HealthScienceAndMedicalTechnology", description = "Care.", courseSequence = new[] { "Anatomy" },
        }, HttpStatusCode.Created));
        // Two more sectors, so suggestions have three pathways to choose from even when this class runs alone.
        foreach (var sector in new[] { "BuildingAndConstruction", "ArtsMediaAndEntertainment" })
        {
            await District.Coordinator.PostJsonAsync("/api/pathways", new
            {
                name = $"Guidance {sector} {District.Next()}", sector, description = "Work.", courseSequence = new[] { "Basics" },
            }, HttpStatusCode.Created);
        }
    }

    /// <summary>3 ("I'd love it") for the statements of the types given, 1 for the rest; the questionnaire's types take turns R, I, A, S, E, C.</summary>
    private static int[] Loves(params string[] types)
    {
        string[] order = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
        return Enumerable.Range(0, 30).Select(i => types.Contains(order[i % 6]) ? 3 : 1).ToArray();
    }

    private static async Task<StudentActor> StudentAsync(int? schoolId = null) =>
        await District.CreateStudentAsync(schoolId ?? await District.CreateSchoolAsync(), []);

    [Test]
    public async Task A_student_answers_thirty_statements_and_sees_the_pathways_that_suit_them_with_reasons()
    {
        var student = await StudentAsync();
        var questionnaire = await student.Client!.GetJsonAsync("/api/guidance/questionnaire");
        Assert.That(questionnaire["items"]!.AsArray(), Has.Count.EqualTo(30));
        Assert.That(questionnaire["scale"]!.AsArray().Select(s => s!["label"]!.GetValue<string>()), Is.EqualTo(new[] { "Not for me", "Maybe", "I'd love it" }));
        await (await student.Client.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var profile = await student.Client.ExpectAsync<JsonObject>(student.Client.PutAsync(Url, new { answers = Loves("Social", "Conventional") }));

        Assert.That(profile["studentId"]!.GetValue<int>(), Is.EqualTo(student.StudentId));
        Assert.That(profile["code"]!.GetValue<string>(), Is.EqualTo("SCR"));
        Assert.That(profile["timesTaken"]!.GetValue<int>(), Is.EqualTo(1));
        var best = profile["suggestions"]!.AsArray()[0]!;
        Assert.That(best["pathwayId"]!.GetValue<int>(), Is.EqualTo(_healthPathwayId));
        Assert.That(best["match"]!.GetValue<int>(), Is.EqualTo(67));
        Assert.That(best["reason"]!.GetValue<string>(),
            Is.EqualTo($"You enjoy helping people (Social) and organising things (Conventional); {_healthPathwayName} suits both."));
        Assert.That(profile["scores"]!.AsArray().Select(s => s!["score"]!.GetValue<int>()), Is.EqualTo(new[] { 15, 15, 5, 5, 5, 5 }));

        // Taken again: the latest answers replace the earlier ones.
        await student.Client.ExpectAsync<JsonObject>(student.Client.PutAsync(Url, new { answers = Loves("Artistic") }));
        var latest = await student.Client.GetJsonAsync(Url);
        Assert.That(latest["code"]!.GetValue<string>(), Is.EqualTo("ARI"));
        Assert.That(latest["timesTaken"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(latest["answers"]!.AsArray().Select(a => a!.GetValue<int>()), Is.EqualTo(Loves("Artistic")));
    }

    [Test]
    public async Task Missing_or_off_scale_answers_are_refused_naming_the_statement_and_keep_the_earlier_answers()
    {
        var student = await StudentAsync();
        await student.Client!.ExpectAsync<JsonObject>(student.Client.PutAsync(Url, new { answers = Loves("Realistic") }));

        var answers = Loves("Social").Cast<int?>().ToArray();
        answers[4] = null;
        answers[9] = 5;
        var problem = await (await student.Client.PutAsync(Url, new { answers })).ShouldBeValidationProblemAsync("answers[4]", "answers[9]");
        Assert.That(problem["errors"]!["answers[4]"]![0]!.GetValue<string>(), Is.EqualTo("Choose an answer for “Sell things you made or start a small business”."));
        await (await student.Client.PutAsync(Url, new { answers = new[] { 3, 3 } })).ShouldBeValidationProblemAsync("answers");
        await (await student.Client.PutAsync(Url, new { })).ShouldBeValidationProblemAsync("answers");

        var unchanged = await student.Client.GetJsonAsync(Url);
        Assert.That(unchanged["code"]!.GetValue<string>(), Is.EqualTo("RIA"));
        Assert.That(unchanged["timesTaken"]!.GetValue<int>(), Is.EqualTo(1));
    }

    [Test]
    public async Task Answers_sent_twice_at_once_both_succeed_and_leave_one_profile_taken_twice()
    {
        var student = await StudentAsync();

        var responses = await Task.WhenAll(
            student.Client!.PutAsync(Url, new { answers = Loves("Investigative") }),
            student.Client.PutAsync(Url, new { answers = Loves("Investigative") }));

        foreach (var response in responses)
        {
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        var profile = await student.Client.GetJsonAsync(Url);
        Assert.That(profile["timesTaken"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(profile["code"]!.GetValue<string>(), Is.EqualTo("IRA"));
    }

    [Test]
    public async Task A_coordinator_reads_the_suggestion_audited_and_enrols_the_student_in_it()
    {
        var student = await StudentAsync();
        await student.Client!.ExpectAsync<JsonObject>(student.Client.PutAsync(Url, new { answers = Loves("Social", "Conventional") }));
        var url = $"/api/students/{student.StudentId}/interest-profile";

        var profile = await District.Coordinator.GetJsonAsync(url);
        var best = profile["suggestions"]!.AsArray()[0]!;
        Assert.That(best["enrolled"]!.GetValue<bool>(), Is.False);
        var viewed = await District.Admin.GetJsonAsync($"/api/audit?entityType=Student&entityId={student.StudentId}&action=Viewed&pageSize=100");
        Assert.That(viewed["items"]!.AsArray().Select(l => l!["summary"]!.GetValue<string>()), Does.Contain("GetStudentInterestProfile"));

        // Confirming is the ordinary enrolment, in the suggested pathway.
        await District.Coordinator.PostJsonAsync($"/api/students/{student.StudentId}/enrolments",
            new { pathwayId = best["pathwayId"]!.GetValue<int>() }, HttpStatusCode.Created);
        var after = await student.Client.GetJsonAsync(url);
        Assert.That(after["suggestions"]!.AsArray()[0]!["enrolled"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task Employers_and_other_students_cannot_read_a_students_profile()
    {
        var student = await StudentAsync();
        await student.Client!.ExpectAsync<JsonObject>(student.Client.PutAsync(Url, new { answers = Loves("Enterprising") }));
        var other = await StudentAsync();
        var employer = await District.CreateEmployerWithAdminAsync();
        var url = $"/api/students/{student.StudentId}/interest-profile";

        await (await employer.Client.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await other.Client!.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await employer.Client.PutAsync(Url, new { answers = Loves("Enterprising") })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync("/api/students/987654/interest-profile")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await District.Coordinator.GetAsync($"/api/students/{other.StudentId}/interest-profile")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_dashboard_counts_each_pathway_as_the_best_suggestion_of_the_schools_students()
    {
        var schoolId = await District.CreateSchoolAsync();
        var students = new List<StudentActor>();
        foreach (var loves in new[] { new[] { "Social", "Conventional" }, ["Social", "Conventional"], ["Realistic"] })
        {
            var student = await StudentAsync(schoolId);
            await student.Client!.ExpectAsync<JsonObject>(student.Client.PutAsync(Url, new { answers = Loves(loves) }));
            students.Add(student);
        }

        await StudentAsync(schoolId); // has not taken it: not counted
        await District.Coordinator.PostJsonAsync($"/api/students/{students[0].StudentId}/enrolments", new { pathwayId = _healthPathwayId },
            HttpStatusCode.Created);

        var interest = await District.Coordinator.GetJsonAsync($"/api/dashboard/pathway-interest?schoolId={schoolId}");

        var realistic = await students[2].Client!.GetJsonAsync(Url);
        Assert.That(realistic["code"]!.GetValue<string>(), Is.EqualTo("RIA"), realistic.ToJsonString());
        var theirBest = realistic["suggestions"]!.AsArray()[0]!["pathwayId"]!.GetValue<int>();
        Assert.That(theirBest, Is.Not.EqualTo(_healthPathwayId), realistic.ToJsonString());
        Assert.That(interest["profiles"]!.GetValue<int>(), Is.EqualTo(3));
        var rows = interest["pathways"]!.AsArray().ToDictionary(r => r!["pathwayId"]!.GetValue<int>(), r => r!);
        Assert.That(rows[_healthPathwayId]["topSuggestion"]!.GetValue<int>(), Is.EqualTo(2), interest.ToJsonString());
        Assert.That(rows[_healthPathwayId]["enrolled"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(rows[theirBest]["topSuggestion"]!.GetValue<int>(), Is.EqualTo(1));
        Assert.That(rows.Values.Sum(r => r["topSuggestion"]!.GetValue<int>()), Is.EqualTo(3));
        Assert.That(rows.Values.Sum(r => r["amongSuggestions"]!.GetValue<int>()), Is.EqualTo(9));

        await (await District.Coordinator.GetAsync("/api/dashboard/pathway-interest?schoolId=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
