using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Internships.IntegrationTests.Programmes;

/// <summary>
/// Micro-credential programmes: adults enrol in a cohort; the trainer takes attendance, the participant finishes the
/// online module, the coach logs coaching, the observer scores the observation; the last requirement met awards the
/// programme's badge exactly once to the person, with every step as evidence, and e-mails it once.
/// </summary>
public sealed class ProgrammeTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task Meeting_every_requirement_awards_the_badge_to_the_adult_with_each_step_as_evidence()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        var p = await s.EnrolAsync(District);

        var enrolled = await p.Client.GetJsonAsync($"/api/enrolments/{p.EnrolmentId}");
        Assert.That(enrolled["fee"]!.GetValue<string>(), Is.EqualTo("Owed"), "the programme has a $150 fee");
        Assert.That(enrolled["progress"]!.AsArray().Select(r => r!["met"]!.GetValue<bool>()), Is.All.False);

        await s.CompleteAllButLastTwoAsync(p);
        var halfway = await p.Client.GetJsonAsync($"/api/enrolments/{p.EnrolmentId}");
        Assert.That(halfway["pdHoursEarned"]!.GetValue<decimal>(), Is.EqualTo(4.0m), "the session's 3 hours and coaching's 1");
        Assert.That(halfway["completedAt"], Is.Null);

        await p.Client.ExpectAsync<JsonObject>(p.Client.Http.SendAsync(s.ModuleRequest(p)));
        var failed = await s.Observer.ExpectAsync<JsonObject>(s.Observer.Http.SendAsync(s.ObservationRequest(p, [2, 2, 2])));
        Assert.That(failed["completedAt"], Is.Null, "6 of 12 does not pass at 8");
        var done = await s.Observer.ExpectAsync<JsonObject>(s.Observer.Http.SendAsync(s.ObservationRequest(p, [3, 3, 3])));
        Assert.That(done["completedAt"], Is.Not.Null, "observed again and passed: the last requirement met");
        Assert.That(done["pdHoursEarned"]!.GetValue<decimal>(), Is.EqualTo(6.5m));

        var award = await District.Coordinator.GetJsonAsync($"/api/awards/{done["awardId"]!.GetValue<string>()}");
        Assert.That(award["badgeClassId"]!.GetValue<int>(), Is.EqualTo(s.BadgeId));
        Assert.That(award["evidence"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()),
            Is.EqualTo(new[] { "Step 1: Face-to-face STEM training", "Step 2: Online module: inquiry-based activities", "Step 3: One-on-one coaching", "Step 4: In-person observation" }));
        var stored = await District.Factory.WithDbAsync(db => db.BadgeAwards.AsNoTracking().SingleAsync(a => a.BadgeClassId == s.BadgeId));
        Assert.That(stored.RecipientKey, Is.EqualTo($"person:{p.UserId}"));
        Assert.That(stored.AwardKey, Is.EqualTo($"programme:{p.EnrolmentId}"));
        Assert.That(stored.RecipientUserId, Is.EqualTo(p.UserId));
        var mail = await Mailbox.LatestAsync(District.Factory, NotificationKind.BadgeAwarded, p.Email);
        Assert.That(mail.Subject, Does.Contain("STEM Facilitator"));

        // The public can verify it: the verification page and the hosted assertion answer.
        var links = award["links"]!;
        await (await District.Anonymous.GetAsync((string)links["verificationPage"]!)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var assertion = JsonNode.Parse(await District.Anonymous.Http.GetStringAsync((string)links["assertion"]!))!;
        Assert.That(assertion["recipient"]!["identity"]!.GetValue<string>(), Does.StartWith("sha256$"));

        // The transcript of PD hours, as a PDF.
        var transcript = await p.Client.Http.GetAsync($"/api/enrolments/{p.EnrolmentId}/transcript");
        await transcript.ShouldHaveStatusAsync(HttpStatusCode.OK);
        Assert.That(transcript.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        var text = string.Join(" ", PdfText.Pages(await transcript.Content.ReadAsByteArrayAsync()));
        Assert.That(text, Does.Contain("transcript").And.Contain("6.5 of 6.5").And.Contain("observation"));

        // Nothing more is recorded once it is complete.
        await (await p.Client.Http.SendAsync(s.ModuleRequest(p))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task The_credential_of_a_programme_badge_verifies_with_the_published_keys()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        var p = await s.EnrolAsync(District);
        var done = await s.CompleteAsync(p);
        var award = await District.Coordinator.GetJsonAsync($"/api/awards/{done["awardId"]!.GetValue<string>()}");

        var jwt = await District.Anonymous.Http.GetStringAsync((string)award["links"]!["credential"]!);
        var keys = new JsonWebKeySet(await District.Anonymous.Http.GetStringAsync("/.well-known/jwks.json"));
        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidateAudience = false,
            // The badge does not expire, so neither does its credential.
            RequireExpirationTime = false,
            ValidIssuer = District.Factory.Services.GetRequiredService<Internships.Application.Common.Interfaces.IOpenBadges>().IssuerProfile()["id"]!.GetValue<string>(),
        };
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(jwt, parameters);
        Assert.That(result.IsValid, Is.True, result.Exception?.Message);
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1])))!;
        Assert.That(payload["credentialSubject"]!["achievement"]!["name"]!.GetValue<string>(), Does.StartWith("STEM Facilitator"));
        Assert.That(payload["credentialSubject"]!["evidence"] ?? payload["evidence"], Is.Not.Null, "the steps are the credential's evidence");

        var parts = jwt.Split('.');
        var tampered = JsonNode.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])))!;
        tampered["credentialSubject"]!["achievement"]!["name"] = "Master Facilitator";
        Assert.That((await new JsonWebTokenHandler().ValidateTokenAsync($"{parts[0]}.{Base64UrlEncoder.Encode(tampered.ToJsonString())}.{parts[2]}", parameters)).IsValid,
            Is.False);
    }

    [Test]
    public async Task The_last_two_steps_completed_at_once_award_one_badge_and_send_one_email()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        for (var round = 0; round < 3; round++)
        {
            var p = await s.EnrolAsync(District);
            await s.CompleteAllButLastTwoAsync(p);

            var responses = await Task.WhenAll(p.Client.Http.SendAsync(s.ModuleRequest(p)), s.Observer.Http.SendAsync(s.ObservationRequest(p)));
            foreach (var response in responses)
            {
                await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            }

            var awards = await District.Factory.WithDbAsync(db => db.BadgeAwards.CountAsync(a => a.RecipientKey == $"person:{p.UserId}"));
            Assert.That(awards, Is.EqualTo(1), "exactly one award");
            Assert.That(await Mailbox.CountAsync(District.Factory, NotificationKind.BadgeAwarded, p.Email), Is.EqualTo(1), "exactly one e-mail");
            var enrolment = await p.Client.GetJsonAsync($"/api/enrolments/{p.EnrolmentId}");
            Assert.That(enrolment["completedAt"], Is.Not.Null);
            Assert.That(enrolment["awardId"], Is.Not.Null);
        }
    }

    [Test]
    public async Task An_organisation_earns_its_capacity_badge_once_when_the_required_number_of_its_staff_complete()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        var body = BadgeBuilder.Body(name: $"STEM-ready agency {District.Next()}", recipientType: "Organisation", kind: "Capacity");
        body["staffRule"] = new { programmeId = s.ProgrammeId, staffCount = 2 };
        var orgBadge = await BadgeBuilder.CreateAsync(District, body);
        Assert.That(orgBadge["staffRule"]!["staffCount"]!.GetValue<int>(), Is.EqualTo(2));
        Task<int> OrganisationAwardsAsync() => District.Factory.WithDbAsync(db =>
            db.BadgeAwards.CountAsync(a => a.BadgeClassId == District.Id(orgBadge) && a.RecipientKey == $"employer:{s.AgencyId}"));

        var first = await s.EnrolAsync(District);
        var outsider = await s.EnrolAsync(District, forAgency: false);
        var second = await s.EnrolAsync(District);
        var third = await s.EnrolAsync(District);
        await s.CompleteAsync(first);
        await s.CompleteAsync(outsider);
        Assert.That(await OrganisationAwardsAsync(), Is.Zero, "one of its staff so far; the other works elsewhere");
        await s.CompleteAsync(second);
        Assert.That(await OrganisationAwardsAsync(), Is.EqualTo(1), "the second of its staff completed");
        await s.CompleteAsync(third);
        Assert.That(await OrganisationAwardsAsync(), Is.EqualTo(1), "once, however many more complete");
    }

    [Test]
    public async Task A_badge_for_students_cannot_be_a_programmes_badge_and_a_staff_rule_needs_an_organisation_badge()
    {
        var studentBadge = District.Id(await BadgeBuilder.CreateAsync(District, BadgeBuilder.Body()));
        await (await District.Coordinator.PostAsync("/api/programmes", new
        {
            name = $"Programme {District.Next()}", description = "", badgeClassId = studentBadge, requirements = ProgrammeScenario.Requirements,
        })).ShouldBeValidationProblemAsync("badgeClassId");

        var body = BadgeBuilder.Body();
        body["staffRule"] = new { programmeId = 1, staffCount = 2 };
        await (await District.Coordinator.PostAsync("/api/badges", body)).ShouldBeValidationProblemAsync("staffRule");
    }

    [Test]
    public async Task Steps_are_checked_against_the_programme_and_bad_input_changes_nothing()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        var p = await s.EnrolAsync(District);

        await (await s.Observer.Http.SendAsync(s.ObservationRequest(p, [3, 5, 3]))).ShouldBeValidationProblemAsync("scores[1]");
        await (await s.Observer.Http.SendAsync(s.ObservationRequest(p, [3, 3]))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await s.Coach.PostAsync($"/api/enrolments/{p.EnrolmentId}/coaching", new { step = ProgrammeScenario.Module, heldOn = District.Today }))
            .ShouldBeValidationProblemAsync("step");
        await (await p.Client.PostAsync($"/api/enrolments/{p.EnrolmentId}/modules/{ProgrammeScenario.Module}", new { narrative = "", evidenceUrl = "ftp://x" }))
            .ShouldBeValidationProblemAsync("narrative", "evidenceUrl");
        var unchanged = await p.Client.GetJsonAsync($"/api/enrolments/{p.EnrolmentId}");
        Assert.That(unchanged["progress"]!.AsArray().SelectMany(r => r!["entries"]!.AsArray()), Is.Empty);

        var full = await ProgrammeScenario.CreateAsync(District, capacity: 1);
        await full.EnrolAsync(District);
        var another = await District.CreateAccountAsync("EmployerAdmin", employerId: full.AgencyId);
        await (await District.Coordinator.PostAsync($"/api/cohorts/{full.CohortId}/enrolments",
            new { userId = await ProgrammeScenario.UserIdAsync(another), name = "Jo Park" })).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Staff_act_only_on_their_own_cohorts_and_participants_see_only_their_own_progress()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        var other = await ProgrammeScenario.CreateAsync(District);
        var p = await s.EnrolAsync(District);
        var q = await s.EnrolAsync(District);
        var elsewhere = await other.EnrolAsync(District);

        // Participants: their own enrolment only; not someone else's, not the roster.
        await p.Client.GetJsonAsync($"/api/enrolments/{p.EnrolmentId}");
        await (await p.Client.GetAsync($"/api/enrolments/{q.EnrolmentId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await p.Client.GetAsync($"/api/cohorts/{s.CohortId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await p.Client.PostAsync($"/api/cohorts/{s.CohortId}/attendance",
            new { step = 1, heldOn = District.Today, marks = new[] { new { enrolmentId = p.EnrolmentId, present = true } } })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await p.Client.Http.SendAsync(s.ObservationRequest(p))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await q.Client.Http.SendAsync(s.ModuleRequest(p))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var mine = await p.Client.GetJsonAsync("/api/enrolments/mine");
        Assert.That(mine["items"]!.AsArray().Select(e => e!["id"]!.GetValue<int>()), Is.EqualTo(new[] { p.EnrolmentId }));

        // Staff: their own cohort, their own kind of step.
        await s.Coach.GetJsonAsync($"/api/cohorts/{s.CohortId}");
        await (await s.Coach.PostAsync($"/api/cohorts/{s.CohortId}/attendance",
            new { step = 1, heldOn = District.Today, marks = new[] { new { enrolmentId = p.EnrolmentId, present = true } } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Trainer.Http.SendAsync(s.ObservationRequest(p))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Trainer.Http.SendAsync(s.ModuleRequest(p))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await s.Observer.Http.SendAsync(other.ObservationRequest(elsewhere))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Trainer.GetAsync($"/api/cohorts/{other.CohortId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await s.Trainer.PostAsync($"/api/cohorts/{s.CohortId}/attendance",
            new { step = 1, heldOn = District.Today, marks = new[] { new { enrolmentId = elsewhere.EnrolmentId, present = true } } }))
            .ShouldBeValidationProblemAsync("marks");
        var tasks = await s.Coach.GetJsonAsync("/api/cohorts/mine");
        Assert.That(tasks["items"]!.AsArray().Select(t => t!["cohort"]!["id"]!.GetValue<int>()), Is.EqualTo(new[] { s.CohortId }));
        Assert.That(tasks["items"]![0]!["participantsWaiting"]!.GetValue<int>(), Is.EqualTo(2));

        // Coordinators manage programmes and fees; nobody else does.
        await (await s.Trainer.GetAsync("/api/programmes")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await p.Client.PutAsync($"/api/enrolments/{p.EnrolmentId}/fee", new { status = "Waived" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var paid = await District.Coordinator.PutJsonAsync($"/api/enrolments/{p.EnrolmentId}/fee", new { status = "Paid" });
        Assert.That(paid["fee"]!.GetValue<string>(), Is.EqualTo("Paid"));
    }

    [Test]
    public async Task A_programmes_requirements_change_only_while_nobody_is_enrolled()
    {
        var s = await ProgrammeScenario.CreateAsync(District);
        var programme = await District.Coordinator.GetJsonAsync($"/api/programmes/{s.ProgrammeId}");
        var body = new
        {
            name = programme["name"]!.GetValue<string>(), description = "Now with a second module.", badgeClassId = s.BadgeId, pdHoursTarget = 6.5m, feeAmount = 150m,
            requirements = new object[] { new { kind = "Session", title = "Face-to-face STEM training", pdHours = 3.0m } },
        };
        var changed = await District.Coordinator.ReplaceJsonAsync($"/api/programmes/{s.ProgrammeId}", body);
        Assert.That(changed["requirements"]!.AsArray(), Has.Count.EqualTo(1));

        await s.EnrolAsync(District);
        var again = body with { requirements = (object[])ProgrammeScenario.Requirements };
        await (await District.Coordinator.ReplaceAsync($"/api/programmes/{s.ProgrammeId}", again)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
