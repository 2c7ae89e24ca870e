using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Notifications;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.MatchRounds;

/// <summary>
/// Publishing a run: every assignment an offer, every offer one e-mail in its student's language (the round's new
/// applications and the offers on applications the students had made alike), and all of it or nothing.
/// </summary>
public sealed class PublishMatchRoundTests
{
    private static District District => TestHost.District;

    private static int Int(JsonNode? node) => node!.GetValue<int>();

    [Test]
    public async Task Publishing_queues_exactly_one_offer_e_mail_per_offer_in_each_students_language()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 2);
        var p1 = scenario.PostingId;
        var p2 = await District.CreateOpenPostingAsync(scenario.Employer, [scenario.PathwayId], slots: 2);
        var english = await scenario.CreateEligibleStudentAsync(District);
        var englishToo = await scenario.CreateEligibleStudentAsync(District, grade: 12);
        var spanish = await scenario.CreateEligibleStudentAsync(District);
        var spanishApplied = await scenario.CreateEligibleStudentAsync(District);
        foreach (var student in new[] { spanish, spanishApplied })
        {
            await student.Client!.PutJsonAsync("/api/me/language", new { language = "es-US" });
        }

        // One of them applied to the posting the round places them in: the offer is made on that application.
        var directApplication = await District.ApplyAsync(spanishApplied, p2);

        var roundId = await RoundAsync([p1, p2], [(english, p1), (englishToo, p1), (spanish, p2), (spanishApplied, p2)]);
        var published = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/publish");
        Assert.That(Int(published["offersMade"]), Is.EqualTo(4));
        Assert.That(published["round"]!["status"]!.GetValue<string>(), Is.EqualTo("Published"));

        var offers = new Dictionary<StudentActor, (int ApplicationId, Notification Mail)>();
        foreach (var (student, posting) in new[] { (english, p1), (englishToo, p1), (spanish, p2), (spanishApplied, p2) })
        {
            var applications = (await student.Client!.GetJsonAsync("/api/me/applications"))["items"]!.AsArray();
            var offered = applications.Where(a => a!["status"]!.GetValue<string>() == "Offered").ToList();
            Assert.That(offered.Select(a => Int(a!["postingId"])), Is.EqualTo(new[] { posting }), "one offer, for the posting the run placed the student in");
            var email = await StudentEmailAsync(student);
            var mails = await TestHost.Factory.WithDbAsync(db => db.Notifications.AsNoTracking()
                .Where(n => n.Kind == NotificationKind.OfferMade && n.RecipientEmail == email).ToListAsync());
            Assert.That(mails, Has.Count.EqualTo(1), $"exactly one offer e-mail to {email}");
            offers[student] = (District.Id(offered.Single()!.AsObject()), mails.Single());
        }

        Assert.That(offers[spanishApplied].ApplicationId, Is.EqualTo(directApplication));
        foreach (var student in new[] { english, englishToo })
        {
            var (applicationId, mail) = offers[student];
            Assert.That(mail.Subject, Does.StartWith("You have an offer:"));
            Assert.That(mail.TextBody, Does.StartWith("Hello Test,"));
            Assert.That(mail.TextBody, Does.Contain($"Accept or decline the offer: http").And.Contain($"/student/applications#application-{applicationId}"));
            Assert.That(mail.HtmlBody, Does.Contain("<html lang=\"en-US\">"));
            Assert.That(mail.IsEssential, Is.True);
            Assert.That(mail.Status, Is.AnyOf(NotificationStatus.Pending, NotificationStatus.Sending, NotificationStatus.Sent));
        }

        foreach (var student in new[] { spanish, spanishApplied })
        {
            var (applicationId, mail) = offers[student];
            Assert.That(mail.Subject, Does.StartWith("Tienes una oferta:"));
            Assert.That(mail.TextBody, Does.StartWith("Hola, Test:"));
            Assert.That(mail.TextBody, Does.Contain($"/student/applications#application-{applicationId}"));
            Assert.That(mail.HtmlBody, Does.Contain("<html lang=\"es-US\">"));
        }

        // A new application's e-mail (written for the round's offers at once) reads exactly as the one made on the
        // student's own application (queued by the offer's event): same posting, same language, same first name.
        string Without(StudentActor student, string body) => body.Replace($"application-{offers[student].ApplicationId}", "application-ID");
        Assert.That(Without(spanish, offers[spanish].Mail.TextBody), Is.EqualTo(Without(spanishApplied, offers[spanishApplied].Mail.TextBody)));
        Assert.That(Without(spanish, offers[spanish].Mail.HtmlBody), Is.EqualTo(Without(spanishApplied, offers[spanishApplied].Mail.HtmlBody)));
        Assert.That(offers[spanish].Mail.Subject, Is.EqualTo(offers[spanishApplied].Mail.Subject));

        // Written in bulk, the round's e-mails are still delivered as soon as the publish commits.
        var delivered = await Mailbox.LatestAsync(TestHost.Factory, NotificationKind.OfferMade, await StudentEmailAsync(english));
        Assert.That(delivered.Subject, Does.StartWith("You have an offer:"));
    }

    [Test]
    public async Task A_publish_that_fails_half_way_leaves_no_offer_and_no_e_mail_and_can_be_done_again()
    {
        var scenario = await Scenario.CreateAsync(District, slots: 3);
        var students = new List<StudentActor>();
        for (var i = 0; i < 3; i++)
        {
            students.Add(await scenario.CreateEligibleStudentAsync(District));
        }

        var roundId = await RoundAsync([scenario.PostingId], students.Select(s => (s, scenario.PostingId)).ToArray());
        var emails = new List<string>();
        foreach (var student in students)
        {
            emails.Add(await StudentEmailAsync(student));
        }

        // The database refuses the last student's e-mail: by then the offers are written, and some of the e-mails.
        var trigger = $"refuse_offer_mail_{District.Next()}";
        await ExecuteAsync(TestDatabase.IsPostgreSql
            ? $"""
               CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
               CREATE TRIGGER {trigger} BEFORE INSERT ON "Notifications" FOR EACH ROW WHEN (NEW."RecipientEmail" = '{emails[^1]}') EXECUTE FUNCTION {trigger}();
               """
            : $"CREATE TRIGGER {trigger} BEFORE INSERT ON Notifications WHEN NEW.RecipientEmail = '{emails[^1]}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
        try
        {
            var failed = await District.Coordinator.PostAsync($"/api/match-rounds/{roundId}/publish");
            await failed.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        }
        finally
        {
            await ExecuteAsync(TestDatabase.IsPostgreSql
                ? $"""DROP TRIGGER {trigger} ON "Notifications"; DROP FUNCTION {trigger}();"""
                : $"DROP TRIGGER {trigger};");
        }

        var round = await District.Coordinator.GetJsonAsync($"/api/match-rounds/{roundId}");
        Assert.That(round["status"]!.GetValue<string>(), Is.EqualTo("Locked"), "the round is not published");
        foreach (var student in students)
        {
            Assert.That((await student.Client!.GetJsonAsync("/api/me/applications"))["items"]!.AsArray(), Is.Empty, "no offer was kept");
        }

        Assert.That(await OfferMailsAsync(emails), Is.Zero, "no e-mail was kept");

        // Nothing half-done stands in the way: publishing again makes every offer, and every e-mail once.
        var published = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/publish");
        Assert.That(Int(published["offersMade"]), Is.EqualTo(3));
        foreach (var email in emails)
        {
            Assert.That(await OfferMailsAsync([email]), Is.EqualTo(1), $"one offer e-mail to {email}");
        }
    }

    /// <summary>A locked round of these postings and students, each student ranking one posting, run once; its id.</summary>
    private static async Task<int> RoundAsync(int[] postingIds, (StudentActor Student, int PostingId)[] choices)
    {
        var round = await District.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"Publish round {District.Next()}",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(7),
            maxChoices = 1,
            allowOtherPathways = false,
            postingIds,
            studentIds = choices.Select(c => c.Student.StudentId).ToArray(),
        }, HttpStatusCode.Created);
        var roundId = District.Id(round);
        foreach (var (student, postingId) in choices)
        {
            await student.Client!.PutJsonAsync($"/api/match-rounds/{roundId}/my-choices", new { postingIds = new[] { postingId } });
        }

        await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/lock");
        var run = await District.Coordinator.PostJsonAsync($"/api/match-rounds/{roundId}/runs", new { seed = 1 }, HttpStatusCode.Created);
        Assert.That(Int(run["matched"]), Is.EqualTo(choices.Length), "every student is placed");
        return roundId;
    }

    private static async Task<string> StudentEmailAsync(StudentActor student) =>
        (await District.Coordinator.GetJsonAsync($"/api/students/{student.StudentId}"))["email"]!.GetValue<string>();

    private static Task<int> OfferMailsAsync(IReadOnlyList<string> emails) =>
        TestHost.Factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.OfferMade && emails.Contains(n.RecipientEmail)));

    private static Task<int> ExecuteAsync(string sql) => TestHost.Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}
