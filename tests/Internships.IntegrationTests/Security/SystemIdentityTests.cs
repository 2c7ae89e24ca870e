using System.Security.Claims;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Security;
using Internships.Application.Features.Notifications;
using Internships.Application.Features.Pathways;
using Internships.Application.Features.Reports;
using Internships.Infrastructure.Identity;
using Internships.Infrastructure.Jobs;
using Internships.IntegrationTests.Support;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.IntegrationTests.Security;

/// <summary>
/// Jobs act as the system identity (docs/adr/0007): only they may send the requests meant for jobs, they may send
/// nothing else, and no person can become the system identity, whatever account, role, token or cookie they hold.
/// </summary>
public sealed class SystemIdentityTests
{
    private static District District => TestHost.District;

    /// <summary>One request of each kind that only jobs may send.</summary>
    private static IEnumerable<object> JobOnlyRequests() =>
    [
        new QueueHoursDigestsCommand(),
        new QueueEvaluationRemindersCommand(),
        new ProduceReportCommand(int.MaxValue),
        new RequestTermEndSummaryCommand(new DateOnly(2031, 2, 3), 14),
        new ListStalledReportsQuery(TimeSpan.FromDays(3650)),
        new DeliverNotificationsRequest(),
    ];

    [TestCaseSource(nameof(JobOnlyRequests))]
    public async Task A_request_meant_for_jobs_is_refused_to_a_signed_in_administrator_and_coordinator(object request)
    {
        var admin = await PrincipalOfAsync(InternshipsApiFactory.AdminEmail, extraRoles: Roles.Coordinator);

        Assert.That(admin.IsInRole(Roles.Admin) && admin.IsInRole(Roles.Coordinator), Is.True);
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsAsync(admin, request));
    }

    [TestCaseSource(nameof(JobOnlyRequests))]
    public async Task A_request_meant_for_jobs_is_refused_to_someone_not_signed_in(object request) =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SendAsAsync(new ClaimsPrincipal(new ClaimsIdentity()), request));

    [Test]
    public async Task An_account_put_in_a_role_named_System_by_hand_still_cannot_act_as_the_system()
    {
        await using var scope = District.Factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.That(await roles.RoleExistsAsync(Roles.System), Is.False, "start-up creates only the roles accounts can hold");

        // As if someone wrote the role into the identity tables directly: sign-in then puts it in the token and the cookie.
        var email = $"intruder{District.Next()}@tests.local";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        await roles.CreateAsync(new AppRole(Roles.System));
        try
        {
            Assert.That((await users.CreateAsync(user, District.Password)).Succeeded, Is.True);
            await users.AddToRoleAsync(user, Roles.System);
            var principal = await PrincipalOfAsync(email);
            Assert.That(principal.IsInRole(Roles.System), Is.True, "the claims do name the role");

            await Assert.ThrowsAsync<ForbiddenAccessException>(() => SendAsAsync(principal, new QueueHoursDigestsCommand()));
        }
        finally
        {
            await users.DeleteAsync(user);
            await roles.DeleteAsync((await roles.FindByNameAsync(Roles.System))!);
        }
    }

    [Test]
    public async Task No_account_can_be_created_in_the_system_role()
    {
        var response = await District.Admin.PostAsync("/api/users",
            new { email = $"system{District.Next()}@tests.local", password = District.Password, role = Roles.System });

        await response.ShouldBeValidationProblemAsync("role");
        Assert.That(Roles.All, Does.Not.Contain(Roles.System));
    }

    [Test]
    public async Task A_job_sends_the_requests_meant_for_jobs_and_nothing_else()
    {
        var jobs = District.Factory.Services.GetRequiredService<JobRunner>();

        var stalled = await jobs.SendAsync(new ListStalledReportsQuery(TimeSpan.FromDays(3650)), CancellationToken.None);
        Assert.That(stalled, Is.Empty, "nothing was requested ten years ago");
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => jobs.SendAsync(new ListPathwaysQuery(), CancellationToken.None),
            "a job may not read what a person's request reads");
    }

    /// <summary>The principal sign-in gives the account (the same claims its bearer token and cookie carry).</summary>
    private static async Task<ClaimsPrincipal> PrincipalOfAsync(string email, params string[] extraRoles)
    {
        await using var scope = District.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>()
            .CreateUserPrincipalAsync((await users.FindByEmailAsync(email))!);
        ((ClaimsIdentity)principal.Identity!).AddClaims(extraRoles.Select(role => new Claim(ClaimTypes.Role, role)));
        return principal;
    }

    /// <summary>Sends the request in a scope of its own, as an HTTP request by <paramref name="principal"/> would.</summary>
    private static async Task SendAsAsync(ClaimsPrincipal principal, object request)
    {
        await using var scope = District.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }
}
