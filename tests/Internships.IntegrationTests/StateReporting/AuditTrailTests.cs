using System.Net;
using Internships.Domain.Audit;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.StateReporting;

/// <summary>The audit trail: changes with old and new values, views of a student's record, no secrets, and nothing that changes it.</summary>
public sealed class AuditTrailTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_change_to_a_student_is_recorded_with_who_and_the_old_and_new_values()
    {
        var schoolId = await District.CreateSchoolAsync();
        var student = await District.CreateStudentAsync(schoolId, [], withAccount: false);
        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        await District.Coordinator.ReplaceJsonAsync($"/api/students/{student.StudentId}", new
        {
            firstName = record["firstName"]!.GetValue<string>(), lastName = record["lastName"]!.GetValue<string>(), email = record["email"]!.GetValue<string>(),
            grade = 12, dateOfBirth = record["dateOfBirth"]!.GetValue<string>(), schoolId, isActive = true,
        });

        var history = await District.Coordinator.GetJsonAsync($"/api/audit/Student/{student.StudentId}");
        var lines = history["items"]!.AsArray();
        var update = lines.Single(l => l!["action"]!.GetValue<string>() == "Updated")!;
        Assert.That(update["changes"]!.AsArray().Select(c => (c!["field"]!.GetValue<string>(), c!["old"]!.GetValue<string>(), c!["new"]!.GetValue<string>())),
            Is.EqualTo(new[] { ("Grade", "11", "12") }));
        Assert.That(update["userName"]!.GetValue<string>(), Does.StartWith("coordinator-"));
        Assert.That(lines.Select(l => l!["action"]!.GetValue<string>()), Does.Contain("Created").And.Contain("Viewed"), "the coordinator read the record");
    }

    [Test]
    public async Task Views_of_a_students_record_by_others_are_recorded_and_the_students_own_are_not()
    {
        var scenario = await PlacementScenario.CreateAsync(District);
        async Task<List<string>> ViewersAsync() =>
            (await District.Admin.GetJsonAsync($"/api/audit?entityType=Student&entityId={scenario.Student.StudentId}&action=Viewed&pageSize=100"))["items"]!
            .AsArray().Select(l => l!["summary"]!.GetValue<string>() + " by " + l["userName"]!.GetValue<string>()).ToList();

        var before = await ViewersAsync();
        await scenario.Student.Client!.GetJsonAsync($"/api/students/{scenario.Student.StudentId}");
        await scenario.Student.Client.GetJsonAsync(scenario.Url);
        Assert.That(await ViewersAsync(), Is.EqualTo(before), "a student reading their own record");

        await scenario.Employer.Client.GetJsonAsync(scenario.Url);
        await District.Coordinator.GetJsonAsync($"/api/students/{scenario.Student.StudentId}");
        var after = await ViewersAsync();
        Assert.That(after.Count - before.Count, Is.EqualTo(2));
        Assert.That(after.Take(2), Has.Some.StartsWith("GetPlacement by employeradmin-").And.Some.StartsWith("GetStudent by coordinator-"));
    }

    [Test]
    public async Task An_account_is_audited_without_its_password_hash_or_stamps()
    {
        var email = $"audited-{District.Next()}@tests.local";
        var user = await District.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Coordinator" }, HttpStatusCode.Created);
        var history = await District.Admin.GetJsonAsync($"/api/audit/Account/{District.Id(user)}");
        var text = history.ToJsonString();
        Assert.That(text, Does.Contain(email).And.Contain("\"field\":\"PasswordHash\",\"old\":null,\"new\":\"set\""));
        var hash = await TestHost.Factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash).SingleAsync());
        Assert.That(text, Does.Not.Contain(hash!).And.Not.Contain("SecurityStamp"));
    }

    [Test]
    public async Task Nothing_in_the_product_changes_or_removes_a_line_of_the_trail()
    {
        var line = (await District.Admin.GetJsonAsync("/api/audit?pageSize=1"))["items"]![0]!["id"]!.GetValue<long>();
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post })
        {
            var response = await District.Admin.Http.SendAsync(new HttpRequestMessage(method, $"/api/audit/{line}"));
            Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed), method.ToString());
        }

        await (await District.Coordinator.GetAsync("/api/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(await RefusedAsync(db => db.Entry(db.AuditTrail.Local.Single()).Property(a => a.UserName).CurrentValue = "someone else"),
            Does.Contain("audit trail"));
        Assert.That(await RefusedAsync(db => db.AuditTrail.Remove(db.AuditTrail.Local.Single())), Does.Contain("audit trail"));

        async Task<string> RefusedAsync(Action<Internships.Infrastructure.Persistence.AppDbContext> change)
        {
            try
            {
                await TestHost.Factory.WithDbAsync(async db =>
                {
                    await db.AuditTrail.FirstAsync(a => a.Id == line);
                    change(db);
                    return await db.SaveChangesAsync();
                });
                return "saved";
            }
            catch (InvalidOperationException e)
            {
                return e.Message;
            }
        }
        Assert.That(await TestHost.Factory.WithDbAsync(db => db.AuditTrail.CountAsync(a => a.Id == line && a.Action != AuditAction.Deleted)), Is.EqualTo(1));
    }
}
