using Internships.Application.Common.Security;
using Internships.Domain.Accounts;
using Internships.Domain.Common;
using Internships.Domain.Employers;
using Internships.Domain.Students;
using Internships.Infrastructure.Identity;
using Shouldly;

namespace Internships.UnitTests.Domain;

/// <summary>Invitations' one-time links, the events that take accounts out with their records, SSO settings, stored secrets.</summary>
public sealed class AccountRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 15, 0, 0, DateTimeKind.Utc);

    [Test]
    public void An_invitation_is_pending_for_seven_days_then_expired_and_sending_it_again_gives_another_seven()
    {
        var invitation = new Invitation("lee@krwa.example", Roles.Supervisor, null, 4, 9, "coordinator@district", "HASH-1", Now);

        invitation.StatusAt(Now.AddDays(7).AddSeconds(-1)).ShouldBe(InvitationStatus.Pending);
        invitation.StatusAt(Now.AddDays(7)).ShouldBe(InvitationStatus.Expired);

        invitation.Resend("HASH-2", Now.AddDays(8));
        invitation.TokenHash.ShouldBe("HASH-2");
        invitation.TimesSent.ShouldBe(2);
        invitation.StatusAt(Now.AddDays(14)).ShouldBe(InvitationStatus.Pending);
    }

    [Test]
    public void An_invitation_is_accepted_once_and_a_revoked_or_accepted_one_cannot_be_sent_again()
    {
        var accepted = new Invitation("a@b.example", Roles.EmployerAdmin, null, 4, null, "c", "H", Now);
        accepted.Accept(12, Now.AddHours(1));
        accepted.AccountId.ShouldBe(12);
        Should.Throw<DomainRuleException>(() => accepted.Accept(13, Now.AddHours(2)));
        Should.Throw<DomainRuleException>(() => accepted.Resend("H2", Now.AddHours(2)));
        Should.Throw<DomainRuleException>(() => accepted.Revoke(Now.AddHours(2)));

        var revoked = new Invitation("a@b.example", Roles.EmployerAdmin, null, 4, null, "c", "H", Now);
        revoked.Revoke(Now);
        revoked.StatusAt(Now).ShouldBe(InvitationStatus.Revoked);
        Should.Throw<DomainRuleException>(() => revoked.Accept(12, Now));
        Should.Throw<DomainRuleException>(() => revoked.Resend("H2", Now));

        var expired = new Invitation("a@b.example", Roles.EmployerAdmin, null, 4, null, "c", "H", Now);
        Should.Throw<DomainRuleException>(() => expired.Accept(12, Now.AddDays(8)));
    }

    [Test]
    public void Deactivating_a_record_raises_one_event_and_making_it_active_again_another()
    {
        var student = new Student("S1", "Ana", "Diaz", "ana@school.example", 11, new DateOnly(2010, 3, 1), 1);
        student.DomainEvents.ShouldBeEmpty("a new student is active, and nothing happened to it");
        student.Update("Ana", "Diaz", "ana@school.example", 11, new DateOnly(2010, 3, 1), 1, isActive: false);
        student.Update("Ana", "Diaz", "ana@school.example", 12, new DateOnly(2010, 3, 1), 1, isActive: false);
        student.Update("Ana", "Diaz", "ana@school.example", 12, new DateOnly(2010, 3, 1), 1, isActive: true);
        student.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(StudentDeactivated), typeof(StudentReactivated)]);

        var supervisor = new Supervisor(4, "Lee", "Chen", "lee@krwa.example", null, null);
        supervisor.Update("Lee", "Chen", "lee@krwa.example", null, null, isActive: false);
        supervisor.DomainEvents.Single().ShouldBeOfType<SupervisorDeactivated>();

        var employer = new Employer("KRWA", "Utility", "hr@krwa.example", null, null, null, null, null);
        employer.Deactivate();
        Should.Throw<DomainRuleException>(employer.Deactivate);
        employer.Reactivate();
        employer.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(EmployerDeactivated), typeof(EmployerReactivated)]);
    }

    [TestCase("https://accounts.google.com", true)]
    [TestCase("http://127.0.0.1:4100", true)]
    [TestCase("http://localhost:4100", true)]
    [TestCase("http://login.valleyusd.example", false)]
    [TestCase("ftp://login.valleyusd.example", false)]
    public void A_provider_speaks_https_unless_it_is_on_this_machine(string authority, bool accepted)
    {
        var provider = new SsoProviderOptions
        {
            DisplayName = "Valley USD", Authority = authority, ClientId = "internships", AllowedDomains = ["valleyusd.example"],
        };

        provider.Problems("District").Any(p => p.Contains("Authority", StringComparison.Ordinal)).ShouldBe(!accepted);
    }

    [Test]
    public void A_provider_needs_allowed_domains_a_plain_name_and_the_openid_and_email_scopes()
    {
        var provider = new SsoProviderOptions { DisplayName = "X", Authority = "https://id.example", ClientId = "c", Scopes = ["openid", "profile"] };

        var problems = provider.Problems("district one").ToList();

        problems.ShouldContain(p => p.Contains("AllowedDomains", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("letters, digits and hyphens", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Contains("Scopes", StringComparison.Ordinal));
        SsoProviderOptions.CallbackPath("Valley").ShouldBe("/signin-oidc-valley");
        new SsoProviderOptions { AllowedDomains = ["students.valleyusd.example"] }.AllowsDomainOf("ana@Students.ValleyUSD.example").ShouldBeTrue();
        new SsoProviderOptions { AllowedDomains = ["valleyusd.example"] }.AllowsDomainOf("ana@evil-valleyusd.example").ShouldBeFalse();
    }

    [Test]
    public void Secrets_are_random_url_safe_and_stored_as_their_hash()
    {
        var one = SecretTokens.New();
        var two = SecretTokens.New();

        one.ShouldNotBe(two);
        one.ShouldMatch("^[A-Za-z0-9_-]{43}$");
        SecretTokens.Hash(one).ShouldBe(SecretTokens.Hash(one));
        SecretTokens.Hash(one).Length.ShouldBe(64);
        SecretTokens.Hash(one).ShouldNotContain(one);
    }
}
