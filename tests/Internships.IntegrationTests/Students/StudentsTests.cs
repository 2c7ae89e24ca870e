using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Students;

public sealed class StudentsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Coordinator_records_a_student_and_enrols_them_in_a_pathway()
    {
        var schoolId = await District.CreateSchoolAsync();
        var pathwayId = await District.CreatePathwayAsync();
        var sisId = $"SIS-A{District.Next()}";

        var student = await District.Coordinator.PostJsonAsync("/api/students", new
        {
            sisId, firstName = "Ana", lastName = "Diaz", email = "ana.diaz@school.local", grade = 11,
            dateOfBirth = District.Today.AddYears(-16), schoolId,
        }, HttpStatusCode.Created);
        var id = District.Id(student);
        Assert.That(student["isActive"]!.GetValue<bool>(), Is.True);

        var enrolled = await District.Coordinator.PostJsonAsync($"/api/students/{id}/enrolments", new { pathwayId }, HttpStatusCode.Created);
        var enrolment = enrolled["enrolments"]!.AsArray().Single()!;
        Assert.That(enrolment["pathwayId"]!.GetValue<int>(), Is.EqualTo(pathwayId));
        Assert.That(enrolment["enrolledOn"]!.GetValue<string>(), Is.EqualTo(District.Today.ToString("yyyy-MM-dd")));

        var again = await District.Coordinator.PostAsync($"/api/students/{id}/enrolments", new { pathwayId });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await (await District.Coordinator.DeleteAsync($"/api/students/{id}/enrolments/{pathwayId}")).ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        var read = await District.Coordinator.GetJsonAsync($"/api/students/{id}");
        Assert.That(read["enrolments"]![0]!["endedOn"]!.GetValue<string>(), Is.EqualTo(District.Today.ToString("yyyy-MM-dd")));
    }

    [Test]
    public async Task Coordinator_updates_grade_school_and_enrolment_status()
    {
        var schoolId = await District.CreateSchoolAsync();
        var otherSchoolId = await District.CreateSchoolAsync();
        var student = await District.CreateStudentAsync(schoolId, [], grade: 11, withAccount: false);

        var updated = await District.Coordinator.ReplaceJsonAsync($"/api/students/{student.StudentId}", new
        {
            firstName = "Ana", lastName = "Diaz-Lopez", email = "ana@school.local", grade = 12,
            dateOfBirth = District.Today.AddYears(-17), schoolId = otherSchoolId, isActive = false,
        });

        Assert.That(updated["grade"]!.GetValue<int>(), Is.EqualTo(12));
        Assert.That(updated["schoolId"]!.GetValue<int>(), Is.EqualTo(otherSchoolId));
        Assert.That(updated["isActive"]!.GetValue<bool>(), Is.False);
    }

    [Test]
    public async Task Invalid_fields_are_named()
    {
        var response = await District.Coordinator.PostAsync("/api/students", new
        {
            sisId = "", firstName = "A", lastName = "B", email = "not-an-email", grade = 13,
            dateOfBirth = District.Today.AddYears(-5), schoolId = 987654,
        });

        await response.ShouldBeValidationProblemAsync("sisId", "email", "grade", "dateOfBirth", "schoolId");
    }

    [Test]
    public async Task Duplicate_sis_id_is_a_conflict()
    {
        var schoolId = await District.CreateSchoolAsync();
        var body = new
        {
            sisId = $"SIS-D{District.Next()}", firstName = "A", lastName = "B", email = "a@b.local", grade = 10,
            dateOfBirth = District.Today.AddYears(-15), schoolId,
        };
        await District.Coordinator.PostJsonAsync("/api/students", body, HttpStatusCode.Created);

        await (await District.Coordinator.PostAsync("/api/students", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task List_filters_by_school_grade_pathway_and_name()
    {
        var schoolId = await District.CreateSchoolAsync();
        var pathwayId = await District.CreatePathwayAsync();
        var inPathway = await District.CreateStudentAsync(schoolId, [pathwayId], grade: 12, age: 17, withAccount: false);
        await District.CreateStudentAsync(schoolId, [], grade: 10, age: 15, withAccount: false);

        var bySchool = await District.Coordinator.GetJsonAsync($"/api/students?schoolId={schoolId}");
        Assert.That(bySchool["total"]!.GetValue<int>(), Is.EqualTo(2));

        var byPathway = await District.Coordinator.GetJsonAsync($"/api/students?pathwayId={pathwayId}");
        Assert.That(byPathway["items"]!.AsArray().Select(i => i!["id"]!.GetValue<int>()), Is.EqualTo(new[] { inPathway.StudentId }));

        var byGrade = await District.Coordinator.GetJsonAsync($"/api/students?schoolId={schoolId}&grade=12");
        Assert.That(byGrade["total"]!.GetValue<int>(), Is.EqualTo(1));

        var byName = await District.Coordinator.GetJsonAsync($"/api/students?q=Student{inPathway.StudentId}&schoolId={schoolId}");
        Assert.That(byName["total"]!.GetValue<int>(), Is.LessThanOrEqualTo(2));

        var paged = await District.Coordinator.GetJsonAsync($"/api/students?schoolId={schoolId}&pageSize=1&page=2");
        Assert.That(paged["items"]!.AsArray().Count, Is.EqualTo(1));
        Assert.That(paged["page"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That(paged["totalPages"]!.GetValue<int>(), Is.EqualTo(2));
    }

    [Test]
    public async Task A_student_reads_their_own_record_but_not_another_students()
    {
        var schoolId = await District.CreateSchoolAsync();
        var me = await District.CreateStudentAsync(schoolId, []);
        var other = await District.CreateStudentAsync(schoolId, [], withAccount: false);

        var mine = await me.Client!.GetJsonAsync($"/api/students/{me.StudentId}");
        Assert.That(District.Id(mine), Is.EqualTo(me.StudentId));

        await (await me.Client.GetAsync($"/api/students/{other.StudentId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await me.Client.GetAsync("/api/students")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
