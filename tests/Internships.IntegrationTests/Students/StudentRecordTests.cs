using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Students;

/// <summary>A student's whole record in one request, the "not yet placed" search, and marking a student no longer enrolled.</summary>
public sealed class StudentRecordTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_record_holds_applications_placements_with_hours_evaluations_and_badges()
    {
        var scenario = await PlacementScenario.CreateAsync(District, activate: true);
        await scenario.LogApprovedHoursAsync(4);
        await scenario.SubmitEvaluationAsync("Midpoint", score: 4);
        var badge = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()));
        await District.Coordinator.PostJsonAsync($"/api/badges/{badge}/awards", new { studentId = scenario.Student.StudentId }, HttpStatusCode.Created);

        var record = await District.Coordinator.GetJsonAsync($"/api/students/{scenario.Student.StudentId}/record");

        Assert.That(record["student"]!["id"]!.GetValue<int>(), Is.EqualTo(scenario.Student.StudentId));
        Assert.That(record["applications"]!.AsArray().Single()!["status"]!.GetValue<string>(), Is.EqualTo("Accepted"));
        var placement = record["placements"]!.AsArray().Single()!;
        Assert.That(placement["id"]!.GetValue<int>(), Is.EqualTo(scenario.PlacementId));
        Assert.That(placement["status"]!.GetValue<string>(), Is.EqualTo("Active"));
        Assert.That(placement["hours"]!["approved"]!.GetValue<decimal>(), Is.EqualTo(4m));
        Assert.That(placement["supervisorName"]!.GetValue<string>(), Does.StartWith("Sam Supervisor"));
        var evaluation = record["evaluations"]!.AsArray().Single()!;
        Assert.That(evaluation["kind"]!.GetValue<string>(), Is.EqualTo("Midpoint"));
        Assert.That(evaluation["averageScore"]!.GetValue<double>(), Is.EqualTo(4));
        Assert.That(record["badges"]!.AsArray().Single()!["status"]!.GetValue<string>(), Is.EqualTo("Valid"));

        // The record is for coordinators: the student reads their own through GET /api/students/{id}.
        await (await scenario.Student.Client!.GetAsync($"/api/students/{scenario.Student.StudentId}/record")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.GetAsync("/api/students/987654/record")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Not_yet_placed_lists_the_students_without_a_placement_that_did_not_end_early()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        var unplaced = await District.CreateStudentAsync(scenario.SchoolId, [scenario.PathwayId], withAccount: false);

        var notPlaced = await District.Coordinator.GetJsonAsync($"/api/students?schoolId={scenario.SchoolId}&notPlaced=true");
        Assert.That(notPlaced["items"]!.AsArray().Select(s => District.Id(s!.AsObject())), Is.EqualTo(new[] { unplaced.StudentId }));
        var placed = await District.Coordinator.GetJsonAsync($"/api/students?schoolId={scenario.SchoolId}&notPlaced=false");
        Assert.That(placed["items"]!.AsArray().Single()!["isPlaced"]!.GetValue<bool>(), Is.True);

        // A placement that ended early leaves the student to be placed again.
        await District.Coordinator.PostJsonAsync($"{scenario.Url}/end", new { reason = "The family moved away." });
        notPlaced = await District.Coordinator.GetJsonAsync($"/api/students?schoolId={scenario.SchoolId}&notPlaced=true");
        Assert.That(notPlaced["total"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_deactivated_student_keeps_their_record_and_can_no_longer_apply()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);

        var record = $"/api/students/{student.StudentId}";
        var inactive = await District.Coordinator.PutJsonAsync($"{record}/status", new { isActive = false },
            await District.Coordinator.ETagOfAsync(record));
        Assert.That(inactive["isActive"]!.GetValue<bool>(), Is.False);
        Assert.That(inactive["enrolments"]!.AsArray(), Has.Count.EqualTo(1));
        // Their account is disabled with the record: the token they hold no longer works.
        await (await student.Client!.PostAsync($"/api/postings/{scenario.PostingId}/applications", new { statement = "Please." }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var again = await District.Coordinator.PutJsonAsync($"{record}/status", new { isActive = true },
            await District.Coordinator.ETagOfAsync(record));
        Assert.That(again["isActive"]!.GetValue<bool>(), Is.True);
        await (await District.Coordinator.PutAsync($"{record}/status", new { isActive = "no" }, "*"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
