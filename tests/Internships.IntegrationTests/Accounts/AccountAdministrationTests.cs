using System.Net;
using Internships.IntegrationTests.Support;

namespace Internships.IntegrationTests.Accounts;

/// <summary>Coordinators and administrators find accounts, disable, enable and unlock them; administrators change roles.</summary>
public sealed class AccountAdministrationTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task The_list_searches_by_address_filters_by_role_and_state_and_pages()
    {
        var tag = $"roster{District.Next()}";
        for (var i = 0; i < 3; i++)
        {
            await District.Admin.PostJsonAsync("/api/users", new { email = $"{tag}-{i}@tests.local", password = District.Password, role = "Coordinator" },
                HttpStatusCode.Created);
        }

        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
        var studentAccount = await District.Admin.PostJsonAsync("/api/users",
            new { email = $"{tag}-pupil@tests.local", password = District.Password, role = "Student", studentId = student.StudentId }, HttpStatusCode.Created);
        await District.Coordinator.PostJsonAsync($"/api/users/{District.Id(studentAccount)}/disable");

        var all = await District.Coordinator.GetJsonAsync($"/api/users?q={tag}&pageSize=2");
        Assert.That(all["total"]!.GetValue<int>(), Is.EqualTo(4));
        Assert.That(all["items"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(all["totalPages"]!.GetValue<int>(), Is.EqualTo(2));
        var coordinators = await District.Coordinator.GetJsonAsync($"/api/users?q={tag}&role=Coordinator");
        Assert.That(coordinators["total"]!.GetValue<int>(), Is.EqualTo(3));
        var disabled = await District.Coordinator.GetJsonAsync($"/api/users?q={tag}&status=Disabled");
        Assert.That(disabled["items"]!.AsArray().Select(a => a!["email"]!.GetValue<string>()), Is.EqualTo(new[] { $"{tag}-pupil@tests.local" }));
        var active = await District.Coordinator.GetJsonAsync($"/api/users?q={tag}&status=Active");
        Assert.That(active["total"]!.GetValue<int>(), Is.EqualTo(3));

        await (await District.Coordinator.GetAsync("/api/users?role=Principal")).ShouldBeValidationProblemAsync("role");
        await (await District.Coordinator.GetAsync("/api/users?status=Sleeping")).ShouldBeValidationProblemAsync("status");
    }

    [Test]
    public async Task A_disabled_account_cannot_sign_in_until_it_is_enabled_and_its_sessions_end_at_once()
    {
        var email = await PasswordTests.NewAccountAsync("Admin");
        var session = await ApiClient.SignInAsync(District.Factory, email, District.Password);
        var id = District.Id(await session.GetJsonAsync("/api/me"));

        var disabled = await District.Admin.PostJsonAsync($"/api/users/{id}/disable");
        Assert.That(disabled["isDisabled"]!.GetValue<bool>(), Is.True);
        Assert.That(disabled["disabledWithRecord"]!.GetValue<bool>(), Is.False);
        await (await session.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await District.Admin.PostJsonAsync($"/api/users/{id}/enable");
        await ApiClient.SignInAsync(District.Factory, email, District.Password);
    }

    [Test]
    public async Task Coordinators_manage_students_and_employer_staff_but_not_district_staff_and_nobody_disables_themselves()
    {
        var staff = District.Id((await District.Admin.GetJsonAsync(
            $"/api/users?q={Uri.EscapeDataString(await PasswordTests.NewAccountAsync())}"))["items"]![0]!.AsObject());
        await (await District.Coordinator.PostAsync($"/api/users/{staff}/disable")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.PostAsync($"/api/users/{staff}/unlock")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.PostAsync("/api/users/999999/disable")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var me = District.Id(await District.Admin.GetJsonAsync("/api/me"));
        await (await District.Admin.PostAsync($"/api/users/{me}/disable")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task An_account_whose_record_is_inactive_is_not_enabled_until_the_record_is_active()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var id = District.Id(await student.Client!.GetJsonAsync("/api/me"));
        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        await District.Coordinator.ReplaceJsonAsync($"/api/students/{student.StudentId}", new
        {
            firstName = record["firstName"]!.GetValue<string>(), lastName = record["lastName"]!.GetValue<string>(),
            email = record["email"]!.GetValue<string>(), grade = record["grade"]!.GetValue<int>(),
            dateOfBirth = record["dateOfBirth"]!.GetValue<string>(), schoolId = record["schoolId"]!.GetValue<int>(), isActive = false,
        });

        var refused = await District.Coordinator.PostAsync($"/api/users/{id}/enable");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("inactive"));
    }

    [Test]
    public async Task Administrators_change_roles_within_the_accounts_links_and_the_sessions_end()
    {
        var email = await PasswordTests.NewAccountAsync();
        var session = await ApiClient.SignInAsync(District.Factory, email, District.Password);
        var id = District.Id(await session.GetJsonAsync("/api/me"));

        await (await District.Admin.PutAsync($"/api/users/{id}/roles", new { roles = new[] { "Student" } })).ShouldBeValidationProblemAsync("roles");
        await (await District.Admin.PutAsync($"/api/users/{id}/roles", new { roles = Array.Empty<string>() })).ShouldBeValidationProblemAsync("roles");
        await (await District.Coordinator.PutAsync($"/api/users/{id}/roles", new { roles = new[] { "Coordinator", "Admin" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var changed = await District.Admin.PutJsonAsync($"/api/users/{id}/roles", new { roles = new[] { "Coordinator", "Admin" } });
        Assert.That(changed["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EquivalentTo(new[] { "Coordinator", "Admin" }));
        await (await session.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var again = await ApiClient.SignInAsync(District.Factory, email, District.Password);
        Assert.That((await again.GetJsonAsync("/api/me"))["roles"]!.AsArray(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_accounts_page_lists_filters_and_disables()
    {
        var email = await PasswordTests.NewAccountAsync("Admin");
        var target = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        var targetEmail = (await target.Client!.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var targetId = District.Id(await target.Client.GetJsonAsync("/api/me"));
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);

        var list = await browser.GetStringAsync($"/accounts?q={Uri.EscapeDataString(targetEmail)}&role=Student");
        Assert.That(list, Does.Contain(targetEmail).And.Contain("Disable"));
        // Disabling asks first: the first post shows the question and changes nothing; the confirmed one disables.
        var asked = await PageBrowser.PostFormAsync(browser, $"/accounts?handler=Disable&id={targetId}", new());
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await asked.Content.ReadAsStringAsync(), Does.Contain($"Disable {targetEmail}?").And.Contain("Yes, disable the account"));
        Assert.That((await target.Client.GetAsync("/api/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var disabled = await PageBrowser.PostFormAsync(browser, $"/accounts?handler=Disable&id={targetId}", new() { ["confirmed"] = "true" });
        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await browser.GetStringAsync("/accounts?status=Disabled&q=" + Uri.EscapeDataString(targetEmail)), Does.Contain("is disabled"));
        await (await target.Client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var details = await browser.GetStringAsync($"/accounts/{targetId}");
        Assert.That(details, Does.Contain("Disabled since"));
        Assert.That((await PageBrowser.Open(District.Factory).GetAsync("/accounts")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var studentBrowser = PageBrowser.Open(District.Factory);
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        await PageBrowser.SignInAsync(studentBrowser, (await student.Client!.GetJsonAsync("/api/me"))["email"]!.GetValue<string>(), District.Password);
        Assert.That((await studentBrowser.GetAsync("/accounts")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}
