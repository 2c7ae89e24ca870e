using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Applications;
using Internships.Domain.Badges;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Internships.IntegrationTests.Seeding;

/// <summary>
/// A fresh start in Development fills the database with the demo district, once; production never gets demo accounts,
/// and a build without the demo data (a Release build) seeds nothing whatever the setting says.
/// </summary>
[NonParallelizable]
public sealed class DemoDistrictTests
{
    private const string DemoPassword = "Demo!2345";
    private InternshipsApiFactory _development = null!;

    [OneTimeSetUp]
    public void Start() => _development = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Development", seedDemoData: true);

    [OneTimeTearDown]
    public async Task StopAsync() => await _development.DisposeAsync();

    [Test]
    public async Task A_students_claim_to_a_badge_that_allows_claims_waits_for_review()
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        var waiting = await coordinator.GetJsonAsync("/api/badge-claims?status=Submitted");
        Assert.That(waiting["total"]!.GetValue<int>(), Is.EqualTo(1));
        var badge = await coordinator.GetJsonAsync($"/api/badges/{waiting["items"]![0]!["badgeClassId"]!.GetValue<int>()}");
        Assert.That(badge["allowsClaims"]!.GetValue<bool>(), Is.True);
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);
        Assert.That((await student.GetJsonAsync("/api/badge-claims/mine"))["items"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("Submitted"));
    }

    [Test]
    public async Task An_employer_proposed_badge_waits_for_approval_and_an_approved_co_designed_badges_credential_carries_the_endorsement()
    {
        var employer = await ApiClient.SignInAsync(_development, "employer@demo.local", DemoPassword);
        var proposals = await employer.GetJsonAsync("/api/badge-proposals?status=Proposed");
        Assert.That(proposals["items"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "Arduino Programming" }));
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        var approved = (await coordinator.GetJsonAsync("/api/badge-proposals?status=Approved"))["items"]!.AsArray().Single()!;

        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);
        var award = (await student.GetJsonAsync("/api/me/badges?pageSize=100"))["items"]!.AsArray()
            .Single(a => a!["badgeClassId"]!.GetValue<int>() == approved["badgeClassId"]!.GetValue<int>())!;
        var jwt = await _development.CreateClient().GetStringAsync(award["links"]!["credential"]!.GetValue<string>());
        var payload = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Encoding.UTF8.GetString(
            Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(jwt.Split('.')[1])))!;
        Assert.That(payload["credentialSubject"]!["achievement"]!["endorsementJwt"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_demo_district_is_a_realistic_programme()
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);

        Assert.That((await coordinator.GetJsonAsync("/api/pathways"))["total"]!.GetValue<int>(), Is.InRange(8, 15));
        Assert.That((await coordinator.GetJsonAsync("/api/schools"))["total"]!.GetValue<int>(), Is.InRange(3, 10));
        Assert.That((await coordinator.GetJsonAsync("/api/employers"))["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(12));
        Assert.That((await coordinator.GetJsonAsync("/api/students"))["total"]!.GetValue<int>(), Is.InRange(200, 1000));
        foreach (var grade in new[] { 9, 10, 11, 12 })
        {
            Assert.That((await coordinator.GetJsonAsync($"/api/students?grade={grade}"))["total"]!.GetValue<int>(), Is.Positive, $"grade {grade}");
        }

        var postings = await _development.WithDbAsync(db => db.Postings.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.That(postings.Sum(p => p.Count), Is.GreaterThanOrEqualTo(40));
        Assert.That(postings.Select(p => p.Key), Is.EquivalentTo(Enum.GetValues<PostingStatus>()), "postings in every state");
        Assert.That((await coordinator.GetJsonAsync("/api/postings?status=Submitted"))["total"]!.GetValue<int>(), Is.Positive, "an approval queue");
        var invitations = await coordinator.GetJsonAsync("/api/invitations?status=Pending");
        Assert.That(invitations["items"]!.AsArray().Select(i => i!["role"]!.GetValue<string>()), Does.Contain("Supervisor"), "an invitation waiting");

        var applications = await _development.WithDbAsync(db => db.Applications.Select(a => a.Status).Distinct().ToListAsync());
        Assert.That(applications, Is.EquivalentTo(Enum.GetValues<ApplicationStatus>()), "applications at every stage");
        var overfilled = await _development.WithDbAsync(db => db.Postings.CountAsync(p =>
            db.Applications.Count(a => a.PostingId == p.Id && a.Status == ApplicationStatus.Accepted) != p.FilledSlots || p.FilledSlots > p.Slots));
        Assert.That(overfilled, Is.Zero, "accepted applications match every posting's filled slots");
    }

    [Test]
    public async Task Each_demo_account_signs_in_and_has_something_to_do()
    {
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);
        var me = await student.GetJsonAsync("/api/me");
        var record = await student.GetJsonAsync($"/api/students/{me["studentId"]!.GetValue<int>()}");
        Assert.That(record["grade"]!.GetValue<int>(), Is.EqualTo(11));
        Assert.That(record["enrolments"]!.AsArray(), Is.Not.Empty);
        Assert.That((await student.GetJsonAsync("/api/postings?eligibleOnly=true"))["total"]!.GetValue<int>(), Is.Positive);
        Assert.That((await student.GetJsonAsync("/api/me/applications"))["total"]!.GetValue<int>(), Is.Positive);

        var employer = await ApiClient.SignInAsync(_development, "employer@demo.local", DemoPassword);
        var employerId = (await employer.GetJsonAsync("/api/me"))["employerId"]!.GetValue<int>();
        var open = await employer.GetJsonAsync($"/api/postings?employerId={employerId}");
        var postingId = open["items"]![0]!["id"]!.GetValue<int>();
        Assert.That((await employer.GetJsonAsync($"/api/postings/{postingId}/applications"))["total"]!.GetValue<int>(), Is.Positive);

        var supervisor = await ApiClient.SignInAsync(_development, "supervisor@demo.local", DemoPassword);
        Assert.That((await supervisor.GetJsonAsync("/api/me"))["employerId"]!.GetValue<int>(), Is.EqualTo(employerId));

        var admin = await ApiClient.SignInAsync(_development, "admin@demo.local", DemoPassword);
        Assert.That((await admin.GetJsonAsync("/api/users?pageSize=100"))["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(5));
    }

    [TestCase("")]
    [TestCase("q=intern")]
    [TestCase("q=DATA")]
    [TestCase("q=riverbend")]
    [TestCase("pathwayId=1")]
    [TestCase("pathwayId=3&sort=newest")]
    [TestCase("minWage=19.5")]
    [TestCase("maxWage=18&sort=wage")]
    [TestCase("remote=true")]
    [TestCase("location=oak")]
    [TestCase("sort=wage&pageSize=7&page=2")]
    [TestCase("sort=title")]
    [TestCase("q=e&minWage=17&sort=wage&pageSize=100")]
    public async Task Search_from_memory_agrees_with_the_database(string filters)
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")));
        var lapsed = await _development.WithDbAsync(db => db.Postings.CountAsync(p => p.Status == PostingStatus.Open && p.ApplicationDeadline < today));
        Assert.That(lapsed, Is.Zero, "every open demo posting takes applications, so the two lists must be the same");

        var fromMemory = await coordinator.GetJsonAsync($"/api/postings?{filters}");
        var fromDatabase = await coordinator.GetJsonAsync($"/api/postings?status=Open&{filters}");

        Assert.That(fromMemory["total"]!.GetValue<int>(), Is.EqualTo(fromDatabase["total"]!.GetValue<int>()));
        Assert.That(fromMemory["items"]!.ToJsonString(), Is.EqualTo(fromDatabase["items"]!.ToJsonString()));
        Assert.That(fromMemory["total"]!.GetValue<int>(), filters.Contains("remote") || filters.Contains("location") ? Is.GreaterThanOrEqualTo(0) : Is.Positive);
    }

    [Test]
    public async Task Search_sees_a_change_as_soon_as_it_is_committed()
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        var employer = await ApiClient.SignInAsync(_development, "employer@demo.local", DemoPassword);
        var mine = await employer.GetJsonAsync($"/api/postings?employerId={(await employer.GetJsonAsync("/api/me"))["employerId"]}");
        var posting = mine["items"]!.AsArray()[^1]!.AsObject();
        var id = posting["id"]!.GetValue<int>();
        var word = $"zebrafish{Guid.NewGuid():N}"[..20];

        Assert.That((await coordinator.GetJsonAsync($"/api/postings?q={word}"))["total"]!.GetValue<int>(), Is.Zero);
        await employer.PostJsonAsync($"/api/postings/{id}/close");
        Assert.That((await coordinator.GetJsonAsync("/api/postings?pageSize=100"))["items"]!.AsArray().Select(p => p!["id"]!.GetValue<int>()),
            Does.Not.Contain(id), "a closed posting leaves the search at once");

        var body = Support.District.PostingBody([1]);
        body.Remove("employerId");
        body["title"] = $"Aquarium {word} intern";
        var draft = await employer.PostJsonAsync("/api/postings", body, HttpStatusCode.Created);
        await employer.PostJsonAsync($"/api/postings/{draft["id"]}/submit");
        await coordinator.PostJsonAsync($"/api/postings/{draft["id"]}/approve");
        Assert.That((await coordinator.GetJsonAsync($"/api/postings?q={word}"))["total"]!.GetValue<int>(), Is.EqualTo(1), "an approved posting is found at once");
    }

    [Test]
    public async Task Placements_are_in_every_state_and_finished_ones_reached_their_hours()
    {
        var placements = await _development.WithDbAsync(db => db.Placements.AsNoTracking()
            .Select(p => new { p.Id, p.Status, p.StartDate, p.EndDate, p.SupervisorId, p.EndReason }).ToListAsync());

        Assert.That(placements.Select(p => p.Status).Distinct(), Is.EquivalentTo(Enum.GetValues<PlacementStatus>()), "placements in every state");
        var completed = placements.Where(p => p.Status == PlacementStatus.Completed).ToList();
        Assert.That(completed, Has.Count.InRange(15, 25), "last term's internships");
        Assert.That(completed.Where(p => p.EndDate > District.Today.AddDays(-25) || p.StartDate > District.Today.AddDays(-85)).Select(p => p.Id),
            Is.Empty, "completed internships ran in the past");
        Assert.That(placements.Where(p => p.Status == PlacementStatus.Active && (p.StartDate > District.Today || p.EndDate < District.Today))
            .Select(p => p.Id), Is.Empty, "active internships are under way today");
        Assert.That(placements.Where(p => p.Status == PlacementStatus.Ended).Select(p => p.EndReason), Has.All.Not.Empty, "an early end says why");

        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        foreach (var placement in completed)
        {
            var read = await coordinator.GetJsonAsync($"/api/placements/{placement.Id}");
            var hours = read["hours"]!;
            Assert.That(hours["approved"]!.GetValue<decimal>(), Is.GreaterThanOrEqualTo(hours["required"]!.GetValue<decimal>()).And.Positive,
                $"placement {placement.Id}: approved hours reach the required hours");
            Assert.That(read["evaluationsSubmitted"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EquivalentTo(new[] { "Midpoint", "Final" }),
                $"placement {placement.Id} was evaluated at the midpoint and the end");
            Assert.That(read["missingDocuments"]!.AsArray(), Is.Empty, $"placement {placement.Id} had its paperwork");
        }

        var entries = await _development.WithDbAsync(db => db.TimesheetEntries.AsNoTracking()
            .Select(t => new { t.PlacementId, t.WorkDate, t.Status }).ToListAsync());
        var byId = placements.ToDictionary(p => p.Id);
        Assert.That(entries.Where(t => t.WorkDate > District.Today || t.WorkDate < byId[t.PlacementId].StartDate || t.WorkDate > byId[t.PlacementId].EndDate
            || t.WorkDate.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday), Is.Empty, "hours are logged on working days within the placement, not ahead");
        Assert.That(entries.Select(t => t.Status).Distinct(), Is.EquivalentTo(Enum.GetValues<TimesheetStatus>()), "hours approved, waiting and returned");
    }

    [Test]
    public async Task Completed_placements_earned_their_badges_by_the_catalogue_rules()
    {
        var (badges, completed, finals, postingPathways, awards) = await _development.WithDbAsync(async db => (
            await db.BadgeClasses.AsNoTracking().ToListAsync(),
            await db.Placements.AsNoTracking().Where(p => p.Status == PlacementStatus.Completed).ToListAsync(),
            await db.Evaluations.AsNoTracking().Where(e => e.Kind == EvaluationKind.Final).ToListAsync(),
            await db.Postings.AsNoTracking().Select(p => new { p.Id, Pathways = p.Pathways.Select(x => x.PathwayId).ToList() }).ToListAsync(),
            await db.BadgeAwards.AsNoTracking().ToListAsync()));

        Assert.That(badges, Has.Count.InRange(8, 16), "a catalogue a district would have (with the micro-credential's two badges)");
        Assert.That(badges.Select(b => b.Kind).Distinct(), Is.EquivalentTo(Enum.GetValues<BadgeKind>()));
        Assert.That(badges.Where(b => b.RecipientType == BadgeRecipientType.Organisation), Is.Not.Empty, "a badge for employers");
        Assert.That(badges.Where(b => b.PrerequisiteIds.Count > 0 && b.Rule is not null), Is.Not.Empty, "a ladder earned by internships");
        Assert.That(badges.Where(b => b.EndorsingEmployerId is not null), Is.Not.Empty, "a badge designed with an employer");
        Assert.That(badges.Where(b => b.Rule is null && b.RecipientType == BadgeRecipientType.Student && b.ValidityMonths is not null), Is.Not.Empty,
            "a training that must be renewed");

        var byPlacement = awards.Where(a => a.PlacementId is not null).ToLookup(a => a.PlacementId!.Value);
        Assert.That(byPlacement.Select(g => g.Key), Is.SubsetOf(completed.Select(p => p.Id)), "only completed placements earn badges");
        var rules = badges.Where(b => b.Rule is not null && b.IsActive).ToList();
        foreach (var placement in completed)
        {
            var final = finals.Single(e => e.PlacementId == placement.Id);
            var pathways = postingPathways.Single(p => p.Id == placement.PostingId).Pathways;

            // What the rules give this placement: every matching badge whose prerequisites the student then holds.
            var expected = new HashSet<int>();
            while (rules.FirstOrDefault(b => !expected.Contains(b.Id) && b.Rule!.Matches(pathways, final.ScoreFor)
                && b.PrerequisiteIds.All(expected.Contains)) is { } earned)
            {
                expected.Add(earned.Id);
            }

            var made = byPlacement[placement.Id].ToList();
            Assert.That(made.Select(a => a.BadgeClassId), Is.EquivalentTo(expected), $"placement {placement.Id}'s badges follow the rules");
            Assert.That(made.Select(a => a.AwardKey), Has.All.EqualTo(BadgeAward.PlacementAwardKey(placement.Id)));
            Assert.That(made.Select(a => a.RecipientStudentId), Has.All.EqualTo(placement.StudentId));
        }

        Assert.That(awards.Where(a => a.PlacementId is not null && badges.Single(b => b.Id == a.BadgeClassId).PrerequisiteIds.Count > 0),
            Is.Not.Empty, "someone climbed the ladder");
        Assert.That(awards.Where(a => a.PlacementId is null && a.RecipientStudentId is not null), Is.Not.Empty, "trainings awarded by hand");
        Assert.That(awards.Count(a => a.RecipientEmployerId is not null && a.AwardKey == BadgeAward.ManualAwardKey), Is.InRange(1, 2), "employer partners");
    }

    [Test]
    public async Task The_micro_credential_cohort_is_mid_way_and_its_agency_earned_its_capacity_badge()
    {
        var (enrolments, programme, awards) = await _development.WithDbAsync(async db => (
            await db.ProgrammeEnrolments.AsNoTracking().Include(e => e.Entries).ToListAsync(),
            await db.Programmes.AsNoTracking().SingleAsync(),
            await db.BadgeAwards.AsNoTracking().Where(a => a.AwardKey.StartsWith("programme:") || a.AwardKey.StartsWith("staff-programme:")).ToListAsync()));

        Assert.That(programme.PdHoursTarget, Is.EqualTo(6.5m));
        Assert.That(programme.FeeAmount, Is.EqualTo(150m));
        Assert.That(enrolments, Has.Count.EqualTo(5));
        var session = programme.Requirements.Single(r => r.Kind == Internships.Domain.Programmes.RequirementKind.Session);
        Assert.That(enrolments.All(e => e.Entries.Any(x => x.RequirementId == session.Id)), Is.True, "attendance taken for everyone");
        Assert.That(enrolments.Count(e => e.IsCompleted), Is.EqualTo(2));
        var observation = programme.Requirements.Single(r => r.Kind == Internships.Domain.Programmes.RequirementKind.Observation);
        Assert.That(enrolments.Count(e => !e.IsCompleted && programme.Requirements.Where(r => r.IsMetBy(e.Entries)).Select(r => r.Id)
            .SequenceEqual(programme.Requirements.Where(r => r.Id != observation.Id).Select(r => r.Id))), Is.EqualTo(1), "one waits only on the observation");
        Assert.That(awards.Count(a => a.RecipientUserId is not null), Is.EqualTo(2), "the two who completed hold the badge");
        Assert.That(awards.Count(a => a.RecipientEmployerId is not null), Is.EqualTo(1), "the agency holds its capacity badge");

        var participant = await ApiClient.SignInAsync(_development, "participant@demo.local", DemoPassword);
        var mine = await participant.GetJsonAsync("/api/enrolments/mine");
        Assert.That(mine["items"]!.AsArray(), Has.Count.EqualTo(1));
        var trainer = await ApiClient.SignInAsync(_development, "trainer@demo.local", DemoPassword);
        var tasks = await trainer.GetJsonAsync("/api/cohorts/mine");
        Assert.That(tasks["items"]![0]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "Trainer", "Coach" }));
    }

    [Test]
    public async Task The_demo_student_has_a_badge_from_an_internship_and_one_from_a_training()
    {
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);

        var backpack = await student.GetJsonAsync("/api/me/badges");

        var awards = backpack["items"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.That(backpack["total"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
        Assert.That(awards.Where(a => a["placementId"] is not null && a["status"]!.GetValue<string>() == "Valid"), Is.Not.Empty, "earned by an internship");
        Assert.That(awards.Where(a => a["placementId"] is null && a["status"]!.GetValue<string>() == "Valid"), Is.Not.Empty, "awarded by hand");
        var shown = awards.Where(a => a["showRecipientName"]!.GetValue<bool>()).ToList();
        Assert.That(shown, Has.Count.EqualTo(1), "the student shows their name on one badge");
        Assert.That(shown[0]["evidence"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()), Does.Contain("Artefact"), "with their own work linked");
        var placements = await student.GetJsonAsync("/api/placements?status=Completed");
        Assert.That(placements["total"]!.GetValue<int>(), Is.EqualTo(1), "an earlier internship, completed");

        var page = await ApiClient.Anonymous(_development).GetAsync($"/badges/{shown[0]["id"]}");
        await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(shown[0]["badgeName"]!.GetValue<string>())));
        Assert.That(html, Does.Contain(System.Net.WebUtility.HtmlEncode(shown[0]["recipientName"]!.GetValue<string>())), "the name the student chose to show");
    }

    [Test]
    public async Task Exactly_one_award_is_revoked_and_its_assertion_is_gone()
    {
        var revoked = await _development.WithDbAsync(db => db.BadgeAwards.AsNoTracking().Where(a => a.RevokedAt != null)
            .Select(a => new { a.PublicId, a.RecipientStudentId, a.RevocationReason }).ToListAsync());
        var valid = await _development.WithDbAsync(db => db.BadgeAwards.AsNoTracking().Where(a => a.RevokedAt == null)
            .Select(a => a.PublicId).FirstAsync());
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);
        var demoStudentId = (await student.GetJsonAsync("/api/me"))["studentId"]!.GetValue<int>();

        Assert.That(revoked, Has.Count.EqualTo(1));
        Assert.That(revoked[0].RecipientStudentId, Is.Not.Null.And.Not.EqualTo(demoStudentId), "a student's, not the demo student's");
        Assert.That(revoked[0].RevocationReason, Is.Not.Empty);
        var anonymous = ApiClient.Anonymous(_development);
        await (await anonymous.GetAsync($"/ob/v2/assertions/{revoked[0].PublicId}")).ShouldHaveStatusAsync(HttpStatusCode.Gone);
        await (await anonymous.GetAsync($"/ob/v2/assertions/{valid}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_demo_supervisor_has_hours_to_approve_and_the_demo_employer_paperwork_to_chase()
    {
        var supervisor = await ApiClient.SignInAsync(_development, "supervisor@demo.local", DemoPassword);
        var supervisorId = (await supervisor.GetJsonAsync("/api/me"))["supervisorId"]!.GetValue<int>();

        var active = (await supervisor.GetJsonAsync("/api/placements?status=Active"))["items"]!.AsArray();

        Assert.That(active, Is.Not.Empty, "an intern at work");
        Assert.That(active.Select(p => p!["supervisorId"]!.GetValue<int>()), Has.All.EqualTo(supervisorId));
        var waiting = 0;
        foreach (var placement in active)
        {
            waiting += (await supervisor.GetJsonAsync($"/api/placements/{placement!["id"]}/hours?status=Submitted"))["total"]!.GetValue<int>();
        }

        Assert.That(waiting, Is.Positive, "hours waiting for approval");

        var employer = await ApiClient.SignInAsync(_development, "employer@demo.local", DemoPassword);
        var pending = (await employer.GetJsonAsync("/api/placements?status=Pending&pageSize=100"))["items"]!.AsArray();
        Assert.That(pending.Where(p => p!["missingDocuments"]!.GetValue<int>() is > 0 and < 3), Is.Not.Empty,
            "a placement waiting on one or two documents");
    }

    [Test]
    public async Task An_open_posting_asks_for_a_badge()
    {
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);

        var open = await student.GetJsonAsync("/api/postings?pageSize=100");

        Assert.That(open["total"]!.GetValue<int>(), Is.LessThanOrEqualTo(100), "every open posting on one page");
        var needingBadges = open["items"]!.AsArray().Where(p => p!["requiredBadgeIds"]!.AsArray().Count > 0).ToList();
        Assert.That(needingBadges, Is.Not.Empty);
        Assert.That(needingBadges.Select(p => p!["status"]!.GetValue<string>()), Has.All.EqualTo("Open"));
        var (required, applications, held) = await _development.WithDbAsync(async db => (
            await db.Postings.AsNoTracking().Where(p => p.RequiredBadges.Any())
                .Select(p => new { p.Id, BadgeIds = p.RequiredBadges.Select(b => b.BadgeClassId).ToList() }).ToListAsync(),
            await db.Applications.AsNoTracking().Select(a => new { a.PostingId, a.StudentId }).ToListAsync(),
            await db.BadgeAwards.AsNoTracking().Where(a => a.RecipientStudentId != null && a.RevokedAt == null)
                .Select(a => new { StudentId = a.RecipientStudentId!.Value, a.BadgeClassId }).ToListAsync()));
        var unqualified = applications.Where(a => required.Any(r => r.Id == a.PostingId
            && r.BadgeIds.Any(badge => !held.Contains(new { a.StudentId, BadgeClassId = badge }))));
        Assert.That(unqualified, Is.Empty, "nobody applied without the badge");
    }

    [Test]
    public async Task The_demo_has_a_matching_round_the_demo_student_can_rank_in_and_the_coordinator_can_run()
    {
        var student = await ApiClient.SignInAsync(_development, "student@demo.local", DemoPassword);
        var rounds = await student.GetJsonAsync("/api/match-rounds");
        var round = rounds["items"]!.AsArray().Single()!.AsObject();
        var roundId = round["id"]!.GetValue<int>();
        Assert.That(round["status"]!.GetValue<string>(), Is.EqualTo("Open"));
        Assert.That(round["studentsWithChoices"]!.GetValue<int>(), Is.GreaterThan(50));
        Assert.That((await student.GetJsonAsync($"/api/match-rounds/{roundId}/my-choices"))["choices"]!.AsArray(), Is.Empty,
            "the demo student has not ranked yet, so a visitor can");

        var eligible = await student.GetJsonAsync($"/api/match-rounds/{roundId}/postings?eligibleOnly=true");
        var picks = eligible["items"]!.AsArray().Take(3).Select(p => p!["postingId"]!.GetValue<int>()).ToArray();
        Assert.That(picks, Is.Not.Empty);
        await student.PutJsonAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = picks });

        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);
        await coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");
        var run = await coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", new { seed = 1 }, HttpStatusCode.Created);
        Assert.That(run["matched"]!.GetValue<int>(), Is.GreaterThan(0));
        Assert.That(run["students"]!.GetValue<int>(), Is.GreaterThan(run["studentsWithChoices"]!.GetValue<int>()));
    }

    [Test]
    public async Task One_school_came_from_an_imported_roster_whose_courses_suggest_pathway_enrolments()
    {
        var coordinator = await ApiClient.SignInAsync(_development, "coordinator@demo.local", DemoPassword);

        var imports = (await coordinator.GetJsonAsync("/api/roster/imports"))["items"]!.AsArray();
        Assert.That(imports, Has.Count.EqualTo(1));
        var import = imports[0]!;
        Assert.That((import["status"]!.GetValue<string>(), import["dryRun"]!.GetValue<bool>()), Is.EqualTo(("Succeeded", false)));
        Assert.That(import.AsObject().Count("students", "updated"), Is.GreaterThan(50), "the school's students, linked to the SIS");
        Assert.That(import.AsObject().Count("coordinators", "created"), Is.EqualTo(1));
        var pending = await coordinator.GetJsonAsync("/api/roster/suggestions");
        Assert.That(pending["total"]!.GetValue<int>(), Is.GreaterThan(5));
        Assert.That(await _development.WithDbAsync(db => db.Students.CountAsync(s => s.SourcedId != null)),
            Is.EqualTo(import.AsObject().Count("students", "updated")));
        Assert.That(await _development.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.IsActive && s.Role == "Coordinator")), Is.EqualTo(1));

        // The export the demo imported, uploaded again: nothing would change.
        var zip = await _development.WithDbAsync(db => db.RosterImportFiles.Select(f => f.Content).SingleAsync());
        var again = await RosterUploads.ImportAsync(coordinator, zip, dryRun: true, coordinators: "dana.whitfield@valleyusd.example");
        Assert.That((again["created"]!.GetValue<int>(), again["updated"]!.GetValue<int>(), again["deactivated"]!.GetValue<int>()), Is.EqualTo((0, 0, 0)),
            again.ToJsonString());
        Assert.That(again["suggestions"]!.GetValue<int>(), Is.Zero);
    }

    [Test]
    public async Task A_second_start_does_not_seed_again()
    {
        var before = await _development.WithDbAsync(db => db.Students.CountAsync());

        await using var restarted = new InternshipsApiFactory(_development.DatabasePath, "Development", seedDemoData: true);
        var after = await restarted.WithDbAsync(db => db.Students.CountAsync());

        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public async Task Production_gets_no_demo_accounts()
    {
        // Production starts only with a public https address for the badges (docs/adr/0012).
        await using var production = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Production", seedDemoData: true,
            settings: new Dictionary<string, string?> { ["OpenBadges:PublicBaseUrl"] = "https://internships.district.example" });
        production.ClientOptions.BaseAddress = new Uri("https://localhost/"); // Production is HTTPS only

        var response = await ApiClient.Anonymous(production).PostAsync("/api/auth/login", new { email = "coordinator@demo.local", password = DemoPassword });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        var accounts = await production.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        Assert.That(accounts, Is.EqualTo(new[] { InternshipsApiFactory.AdminEmail }), "only the configured bootstrap administrator");
    }

    [Test]
    public async Task A_build_without_the_demo_data_seeds_nothing()
    {
        // What a Release build is: the demo data project is not there, so nobody registered a seeder.
        await using var release = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath(), "Development", seedDemoData: true,
            testServices: services => services.RemoveAll<IDemoDataSeeder>());

        Assert.That(await release.WithDbAsync(db => db.Schools.CountAsync()), Is.Zero);
        var accounts = await release.WithDbAsync(db => db.Users.Select(u => u.Email).ToListAsync());
        Assert.That(accounts, Is.EqualTo(new[] { InternshipsApiFactory.AdminEmail }));
    }
}
