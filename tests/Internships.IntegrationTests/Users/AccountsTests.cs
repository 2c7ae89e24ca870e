using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Users;

public sealed class AccountsTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Admin_opens_a_student_account_linked_to_the_student_record()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
        var email = $"linked{District.Next()}@tests.local";

        var response = await District.Admin.PostAsync("/api/users", new { email, password = District.Password, role = "Student", studentId = student.StudentId });

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var account = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.That(account["studentId"]!.GetValue<int>(), Is.EqualTo(student.StudentId));
        var read = await District.Admin.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.That(read["email"]!.GetValue<string>(), Is.EqualTo(email));

        var signedIn = await ApiClient.SignInAsync(District.Factory, email, District.Password);
        var me = await signedIn.GetJsonAsync("/api/me");
        Assert.That(me["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Student" }));
        Assert.That(me["studentId"]!.GetValue<int>(), Is.EqualTo(student.StudentId));
    }

    [Test]
    public async Task A_supervisor_account_also_carries_its_employer()
    {
        var employerId = await District.CreateEmployerAsync();
        var supervisor = await District.CreateSupervisorAsync(employerId);

        var me = await supervisor.Client.GetJsonAsync("/api/me");

        Assert.That(me["supervisorId"]!.GetValue<int>(), Is.EqualTo(supervisor.SupervisorId));
        Assert.That(me["employerId"]!.GetValue<int>(), Is.EqualTo(employerId));
    }

    [Test]
    public async Task Role_and_links_must_agree()
    {
        var missingLink = await District.Admin.PostAsync("/api/users", new { email = $"x{District.Next()}@tests.local", password = District.Password, role = "Student" });
        await missingLink.ShouldBeValidationProblemAsync("studentId");

        var wrongLink = await District.Admin.PostAsync("/api/users", new { email = $"x{District.Next()}@tests.local", password = District.Password, role = "Coordinator", employerId = 1 });
        await wrongLink.ShouldBeValidationProblemAsync("employerId");

        var unknownRole = await District.Admin.PostAsync("/api/users", new { email = $"x{District.Next()}@tests.local", password = District.Password, role = "Principal" });
        await unknownRole.ShouldBeValidationProblemAsync("role");
    }

    [Test]
    public async Task Weak_password_and_duplicate_email_are_refused()
    {
        var weak = await District.Admin.PostAsync("/api/users", new { email = $"w{District.Next()}@tests.local", password = "password", role = "Coordinator" });
        var problem = await weak.ShouldBeValidationProblemAsync("password");
        Assert.That(problem["errors"]!["password"]!.AsArray(), Has.Count.GreaterThanOrEqualTo(1));

        var email = $"dup{District.Next()}@tests.local";
        await District.Admin.PostJsonAsync("/api/users", new { email, password = District.Password, role = "Coordinator" }, HttpStatusCode.Created);
        var again = await District.Admin.PostAsync("/api/users", new { email = email.ToUpperInvariant(), password = District.Password, role = "Coordinator" });
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Admin_lists_accounts_by_role()
    {
        var page = await District.Admin.GetJsonAsync("/api/users?role=Admin&pageSize=100");

        Assert.That(page["items"]!.AsArray().Select(a => a!["email"]!.GetValue<string>()), Does.Contain(InternshipsApiFactory.AdminEmail));
        // Other tests may make a coordinator an administrator too: every account listed has the role asked for.
        Assert.That(page["items"]!.AsArray().Select(a => a!["roles"]!.AsArray().Select(r => r!.GetValue<string>())),
            Has.All.Contains("Admin"));
        await (await District.Admin.GetAsync("/api/users/987654")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
