using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Accounts;

/// <summary>
/// Coordinators invite people by e-mail; the link in the message opens the account once, in the right role and for the
/// right record. Resent, the old link stops working; revoked or used, it never works again.
/// </summary>
public sealed class InvitationTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task An_invited_supervisor_chooses_a_password_through_the_emailed_link_and_acts_for_their_record()
    {
        var employer = await District.CreateEmployerWithAdminAsync();
        var supervisorId = await NewSupervisorAsync(employer.EmployerId);
        var email = $"invited{District.Next()}@employer.local";

        var invitation = await District.Coordinator.PostJsonAsync("/api/invitations",
            new { email, role = "Supervisor", supervisorId }, HttpStatusCode.Created);
        Assert.That(invitation["status"]!.GetValue<string>(), Is.EqualTo("Pending"));
        Assert.That(invitation["employerId"]!.GetValue<int>(), Is.EqualTo(employer.EmployerId), "a supervisor's account carries their employer");
        Assert.That(invitation.ToJsonString(), Does.Not.Contain("token"), "the secret is in the e-mail only");

        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");
        var stored = await District.Factory.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Email == email));
        Assert.That(stored.TokenHash, Is.Not.EqualTo(token).And.Length.EqualTo(64), "only a hash of the secret is stored");

        var account = await District.Anonymous.PostJsonAsync("/api/auth/invitations/accept", new { token, password = "Chosen!2345-pw" });
        Assert.That(account["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Supervisor" }));
        Assert.That(account["supervisorId"]!.GetValue<int>(), Is.EqualTo(supervisorId));

        var supervisor = await ApiClient.SignInAsync(District.Factory, email, "Chosen!2345-pw");
        Assert.That((await supervisor.GetJsonAsync("/api/me"))["employerId"]!.GetValue<int>(), Is.EqualTo(employer.EmployerId));
        var again = await District.Anonymous.PostAsync("/api/auth/invitations/accept", new { token, password = "Another!2345-pw" });
        await again.ShouldBeValidationProblemAsync("token");

        var listed = await District.Coordinator.GetJsonAsync($"/api/invitations?status=Accepted&q={Uri.EscapeDataString(email)}");
        Assert.That(listed["items"]![0]!["accountId"]!.GetValue<int>(), Is.EqualTo(District.Id(account)));
    }

    [Test]
    public async Task An_invited_employer_admin_opens_the_account_on_the_page()
    {
        var employerId = await District.CreateEmployerAsync();
        var email = $"admin{District.Next()}@employer.local";
        await District.Coordinator.PostJsonAsync("/api/invitations", new { email, role = "EmployerAdmin", employerId }, HttpStatusCode.Created);
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");

        var browser = PageBrowser.Open(District.Factory);
        var form = await browser.GetStringAsync($"/account/invitation?token={Uri.EscapeDataString(token)}");
        Assert.That(form, Does.Contain(email).And.Contain("employer admin"));
        var mismatch = await PageBrowser.PostFormAsync(browser, $"/account/invitation?token={Uri.EscapeDataString(token)}", new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "Chosen!2345-pw", ["Input.ConfirmPassword"] = "Different!2345",
        });
        Assert.That(await mismatch.Content.ReadAsStringAsync(), Does.Contain("The two passwords are not the same."));

        var opened = await PageBrowser.PostFormAsync(browser, $"/account/invitation?token={Uri.EscapeDataString(token)}", new()
        {
            ["Token"] = token, ["Input.NewPassword"] = "Chosen!2345-pw", ["Input.ConfirmPassword"] = "Chosen!2345-pw",
        });
        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(opened.Headers.Location!.ToString(), Is.EqualTo("/account/sign-in"));
        var signedIn = await PageBrowser.SignInAsync(browser, email, "Chosen!2345-pw");
        Assert.That(signedIn.Headers.Location!.ToString(), Is.EqualTo("/employer/postings"));

        var spent = await PageBrowser.Open(District.Factory).GetStringAsync($"/account/invitation?token={Uri.EscapeDataString(token)}");
        Assert.That(spent, Does.Contain("does not work any more"));
    }

    [Test]
    public async Task Sending_again_replaces_the_link_and_revoking_ends_it()
    {
        var email = $"resend{District.Next()}@employer.local";
        var invitation = await District.Coordinator.PostJsonAsync("/api/invitations",
            new { email, role = "EmployerAdmin", employerId = await District.CreateEmployerAsync() }, HttpStatusCode.Created);
        var first = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");

        var resent = await District.Coordinator.PostJsonAsync($"/api/invitations/{District.Id(invitation)}/resend");
        Assert.That(resent["timesSent"]!.GetValue<int>(), Is.EqualTo(2));
        var second = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");
        Assert.That(second, Is.Not.EqualTo(first));
        await (await District.Anonymous.PostAsync("/api/auth/invitations/accept", new { token = first, password = "Chosen!2345-pw" }))
            .ShouldBeValidationProblemAsync("token");

        var revoked = await District.Coordinator.PostJsonAsync($"/api/invitations/{District.Id(invitation)}/revoke");
        Assert.That(revoked["status"]!.GetValue<string>(), Is.EqualTo("Revoked"));
        await (await District.Anonymous.PostAsync("/api/auth/invitations/accept", new { token = second, password = "Chosen!2345-pw" }))
            .ShouldBeValidationProblemAsync("token");
        await (await District.Coordinator.PostAsync($"/api/invitations/{District.Id(invitation)}/resend")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await District.Coordinator.PostAsync($"/api/invitations/{District.Id(invitation)}/revoke")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_link_works_for_seven_days()
    {
        var email = $"late{District.Next()}@employer.local";
        await District.Coordinator.PostJsonAsync("/api/invitations",
            new { email, role = "EmployerAdmin", employerId = await District.CreateEmployerAsync() }, HttpStatusCode.Created);
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");
        var stored = await District.Factory.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Email == email));
        Assert.That(stored.ExpiresAt - stored.LastSentAt, Is.EqualTo(TimeSpan.FromDays(7)));

        // Eight days later, as far as the link is concerned.
        await District.Factory.WithDbAsync(db => db.Invitations.Where(i => i.Id == stored.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddDays(-1))));

        await (await District.Anonymous.PostAsync("/api/auth/invitations/accept", new { token, password = "Chosen!2345-pw" }))
            .ShouldBeValidationProblemAsync("token");
        var expired = await District.Coordinator.GetJsonAsync($"/api/invitations?status=Expired&q={Uri.EscapeDataString(email)}");
        Assert.That(expired["total"]!.GetValue<int>(), Is.EqualTo(1), "an expired invitation can be sent again from the list");
        await District.Coordinator.PostJsonAsync($"/api/invitations/{stored.Id}/resend");
    }

    [Test]
    public async Task Bad_invitations_are_refused_and_write_nothing()
    {
        var before = await District.Factory.WithDbAsync(db => db.Invitations.CountAsync());

        await (await District.Coordinator.PostAsync("/api/invitations", new { email = "not-an-address", role = "EmployerAdmin", employerId = 1 }))
            .ShouldBeValidationProblemAsync("email");
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = "a@b.local", role = "Supervisor" }))
            .ShouldBeValidationProblemAsync("supervisorId");
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = "a@b.local", role = "Principal" }))
            .ShouldBeValidationProblemAsync("role");
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = "a@b.local", role = "EmployerAdmin", employerId = 999_999 }))
            .ShouldBeValidationProblemAsync("employerId");
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = InternshipsApiFactory.AdminEmail, role = "EmployerAdmin",
            employerId = await District.CreateEmployerAsync() })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var inactive = await District.CreateEmployerAsync();
        await District.Coordinator.PostJsonAsync($"/api/employers/{inactive}/deactivate");
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = $"x{District.Next()}@b.local", role = "EmployerAdmin", employerId = inactive }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var twice = new { email = $"twice{District.Next()}@b.local", role = "EmployerAdmin", employerId = await District.CreateEmployerAsync() };
        await District.Coordinator.PostJsonAsync("/api/invitations", twice, HttpStatusCode.Created);
        await (await District.Coordinator.PostAsync("/api/invitations", twice)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        Assert.That(await District.Factory.WithDbAsync(db => db.Invitations.CountAsync()), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task Students_are_invited_only_when_the_district_has_no_single_sign_on()
    {
        var student = await District.CreateStudentAsync(await District.CreateSchoolAsync(), [], withAccount: false);
        var email = $"pupil{District.Next()}@school.local";
        await District.Coordinator.PostJsonAsync("/api/invitations", new { email, role = "Student", studentId = student.StudentId }, HttpStatusCode.Created);
        var token = await Mailbox.TokenAsync(District.Factory, NotificationKind.AccountInvitation, email, "/account/invitation");
        var account = await District.Anonymous.PostJsonAsync("/api/auth/invitations/accept", new { token, password = "Chosen!2345-pw" });
        Assert.That(account["studentId"]!.GetValue<int>(), Is.EqualTo(student.StudentId));

        await using var withSso = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), settings: new Dictionary<string, string?>
        {
            ["Sso:Providers:District:DisplayName"] = "Valley USD",
            ["Sso:Providers:District:Authority"] = "https://login.valleyusd.example",
            ["Sso:Providers:District:ClientId"] = "internships",
            ["Sso:Providers:District:AllowedDomains:0"] = "valleyusd.example",
        });
        var district = await Support.District.CreateAsync(withSso);
        var rostered = await district.CreateStudentAsync(await district.CreateSchoolAsync(), [], withAccount: false);
        var refused = await district.Coordinator.PostAsync("/api/invitations", new { email, role = "Student", studentId = rostered.StudentId });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("district account"));
    }

    [Test]
    public async Task A_coordinator_may_not_invite_district_staff_and_an_employer_admin_may_not_invite_anyone()
    {
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = $"c{District.Next()}@d.local", role = "Coordinator" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await District.Coordinator.PostAsync("/api/invitations", new { email = $"a{District.Next()}@d.local", role = "Admin" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var staff = await District.Admin.PostJsonAsync("/api/invitations", new { email = $"c{District.Next()}@d.local", role = "Coordinator" },
            HttpStatusCode.Created);
        await (await District.Coordinator.PostAsync($"/api/invitations/{District.Id(staff)}/revoke")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var employer = await District.CreateEmployerWithAdminAsync();
        await (await employer.Client.PostAsync("/api/invitations", new { email = $"s{District.Next()}@e.local", role = "Supervisor",
            supervisorId = await NewSupervisorAsync(employer.EmployerId) })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Coordinators_see_pending_invitations_and_send_them_again_on_their_page()
    {
        var email = $"paged{District.Next()}@employer.local";
        await District.Coordinator.PostJsonAsync("/api/invitations",
            new { email, role = "EmployerAdmin", employerId = await District.CreateEmployerAsync() }, HttpStatusCode.Created);
        var coordinatorEmail = (await District.Coordinator.GetJsonAsync("/api/me"))["email"]!.GetValue<string>();
        var browser = PageBrowser.Open(District.Factory);
        await PageBrowser.SignInAsync(browser, coordinatorEmail, District.Password);

        var page = await browser.GetStringAsync("/accounts/invitations?status=Pending&page=1");
        Assert.That(page, Does.Contain(email));
        var id = await District.Factory.WithDbAsync(db => db.Invitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        var resent = await PageBrowser.PostFormAsync(browser, $"/accounts/invitations?handler=Resend&id={id}", new());
        Assert.That(resent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await browser.GetStringAsync("/accounts/invitations"), Does.Contain($"The invitation to {email} is sent again"));
        Assert.That(await Mailbox.CountAsync(District.Factory, NotificationKind.AccountInvitation, email), Is.EqualTo(2));

        var invite = await PageBrowser.PostFormAsync(browser, "/accounts/invitations?handler=Invite", new()
        {
            ["Input.Email"] = "", ["Input.Role"] = "EmployerAdmin",
        });
        Assert.That(await invite.Content.ReadAsStringAsync(), Does.Contain("Enter the e-mail address to send the invitation to."));
    }

    private static async Task<int> NewSupervisorAsync(int employerId) =>
        District.Id(await District.Coordinator.PostJsonAsync($"/api/employers/{employerId}/supervisors",
            new { firstName = "Ines", lastName = $"Invited{District.Next()}", email = $"ines{District.Next()}@employer.local" }, HttpStatusCode.Created));
}
