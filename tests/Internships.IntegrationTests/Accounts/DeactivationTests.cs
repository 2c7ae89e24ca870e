using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Accounts;

/// <summary>
/// A person taken out of the programme loses access at once: deactivating their student, supervisor or employer record
/// disables the account, and the token, refresh token and cookie they already hold stop working.
/// </summary>
public sealed class DeactivationTests
{
    private static District District => TestHost.District;

    /// <summary>The first paragraph, as it was tried: it read a minor's placement (200), signed in again (200), refreshed twice.</summary>
    [Test]
    public async Task A_supervisor_deactivated_by_their_employer_loses_their_token_their_sign_in_and_their_refresh_token()
    {
        var scenario = await PlacementScenario.CreateAsync(District, studentAge: 16);
        var email = (await scenario.Supervisor.Client.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var signIn = await SignInAsync(email);
        var supervisor = Bearer(signIn["accessToken"]!.GetValue<string>());
        var placement = await supervisor.GetJsonAsync(scenario.Url);
        Assert.That(placement["isMinor"]!.GetValue<bool>(), Is.True, "the intern is a minor");

        var details = await scenario.Employer.Client.GetJsonAsync($"/api/employers/{scenario.Employer.EmployerId}/supervisors");
        var record = details["items"]!.AsArray().Single(s => s!["id"]!.GetValue<int>() == scenario.Supervisor.SupervisorId)!.AsObject();
        await scenario.Employer.Client.PutJsonAsync($"/api/supervisors/{scenario.Supervisor.SupervisorId}", new
        {
            firstName = record["firstName"]!.GetValue<string>(),
            lastName = record["lastName"]!.GetValue<string>(),
            email = record["email"]!.GetValue<string>(),
            isActive = false,
        }, ApiClient.ETagOf(record));

        await (await supervisor.GetAsync(scenario.Url)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await scenario.Supervisor.Client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Anonymous.PostAsync("/api/auth/refresh", new { refreshToken = signIn["refreshToken"]!.GetValue<string>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        var account = await District.Admin.GetJsonAsync($"/api/users?q={Uri.EscapeDataString(email)}");
        Assert.That(account["items"]![0]!["isDisabled"]!.GetValue<bool>(), Is.True);
        Assert.That(account["items"]![0]!["disabledWithRecord"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task A_supervisor_made_active_again_can_sign_in_again_but_an_account_a_coordinator_disabled_stays_disabled()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var kept = await District.CreateSupervisorAsync(employer.EmployerId);
        var blocked = await District.CreateSupervisorAsync(employer.EmployerId);
        var blockedAccount = District.Id((await blocked.Client.GetJsonAsync("/api/me")));
        await District.Coordinator.PostJsonAsync($"/api/users/{blockedAccount}/disable");

        foreach (var active in new[] { false, true })
        {
            foreach (var supervisor in new[] { kept, blocked })
            {
                await SetSupervisorActiveAsync(employer, supervisor.SupervisorId, active);
            }
        }

        var keptEmail = await EmailOfSupervisorAccountAsync(kept.SupervisorId);
        await SignInAsync(keptEmail);
        var blockedEmail = await EmailOfSupervisorAccountAsync(blocked.SupervisorId);
        await (await District.Anonymous.PostAsync("/api/auth/login", new { email = blockedEmail, password = District.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_student_no_longer_enrolled_loses_access_and_their_cookie_session_ends_too()
    {
        var schoolId = await District.CreateSchoolAsync();
        var student = await District.CreateStudentAsync(schoolId, []);
        var me = await student.Client!.GetJsonAsync("/api/me");
        var email = me["email"]!.GetValue<string>();
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, email, District.Password);
        Assert.That((await browser.GetAsync("/student")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var record = await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}");
        record["isActive"] = false;
        await District.Coordinator.ReplaceJsonAsync($"/api/students/{student.StudentId}", Body(record,
            "firstName", "lastName", "email", "grade", "dateOfBirth", "schoolId", "isActive"));

        await (await student.Client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var page = await browser.GetAsync("/student");
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location!.ToString(), Does.Contain("/account/sign-in"));
    }

    [Test]
    public async Task An_employer_leaving_the_programme_takes_its_admins_and_supervisors_with_it_until_it_returns()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var supervisor = await District.CreateSupervisorAsync(employer.EmployerId);

        var deactivated = await District.Coordinator.PostJsonAsync($"/api/employers/{employer.EmployerId}/deactivate");
        Assert.That(deactivated["isActive"]!.GetValue<bool>(), Is.False);
        await (await employer.Client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await supervisor.Client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await District.Coordinator.PostAsync($"/api/employers/{employer.EmployerId}/deactivate")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        await District.Coordinator.PostJsonAsync($"/api/employers/{employer.EmployerId}/reactivate");
        await SignInAsync(await EmailOfSupervisorAccountAsync(supervisor.SupervisorId));
    }

    /// <summary>
    /// The account is what the request checks, and the record too: a record made inactive without going through its
    /// use case (a bulk update, say) still ends the session, though the account itself was never disabled.
    /// </summary>
    [Test]
    public async Task A_session_needs_its_record_active_even_when_the_account_was_never_disabled()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), []);
        await student.Client!.GetJsonAsync("/api/me");

        await District.Factory.WithDbAsync(db => db.Students.Where(s => s.Id == student.StudentId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, false)));
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // the host's copy of the account's state lives this long at most

        await (await student.Client.GetAsync("/api/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var account = await District.Factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.StudentId == student.StudentId));
        Assert.That(account.DisabledAt, Is.Null);
    }

    private static async Task SetSupervisorActiveAsync(EmployerActor employer, int supervisorId, bool active)
    {
        var list = await employer.Client.GetJsonAsync($"/api/employers/{employer.EmployerId}/supervisors?pageSize=100");
        var record = list["items"]!.AsArray().Single(s => s!["id"]!.GetValue<int>() == supervisorId)!.AsObject();
        record["isActive"] = active;
        await employer.Client.PutJsonAsync($"/api/supervisors/{supervisorId}", Body(record, "firstName", "lastName", "email", "isActive"), ApiClient.ETagOf(record));
    }

    private static Task<string> EmailOfSupervisorAccountAsync(int supervisorId) =>
        District.Factory.WithDbAsync(db => db.Users.Where(u => u.SupervisorId == supervisorId).Select(u => u.Email!).SingleAsync());

    private static JsonObject Body(JsonObject source, params string[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f, source[f]?.DeepClone())));

    internal static async Task<JsonObject> SignInAsync(string email)
    {
        var response = await District.Anonymous.PostAsync("/api/auth/login", new { email, password = District.Password });
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    internal static ApiClient Bearer(string accessToken)
    {
        var client = District.Anonymous;
        client.Http.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return client;
    }
}
