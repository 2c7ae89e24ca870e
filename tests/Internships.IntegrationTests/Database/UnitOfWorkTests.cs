using System.Net;
using Internships.Domain.Applications;
using Internships.Domain.Notifications;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.IntegrationTests.Database;

/// <summary>The saving and committing rule (docs/adr/0006): a command and the work its events cause commit together or not at all.</summary>
public sealed class UnitOfWorkTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task When_the_work_of_an_event_fails_the_change_that_raised_it_is_rolled_back_too()
    {
        var scenario = await Scenario.CreateAsync(District);
        var student = await scenario.CreateEligibleStudentAsync(District);
        var applicationId = await District.ApplyAsync(student, scenario.PostingId);
        await scenario.Employer.Client.PostJsonAsync($"/api/applications/{applicationId}/offer");
        var employerEmail = await District.Factory.WithDbAsync(db =>
            db.Employers.Where(e => e.Id == scenario.Employer.EmployerId).Select(e => e.ContactEmail).SingleAsync());
        Task<int> AcceptanceEmailsAsync() => District.Factory.WithDbAsync(db =>
            db.Notifications.CountAsync(n => n.Kind == NotificationKind.OfferAccepted && n.RecipientEmail == employerEmail));

        // Accepting saves the acceptance, then its event's handler adds the placement: make that second write fail.
        var (refuse, allow) = RefusePlacementsFor(applicationId);
        await ExecuteAsync(refuse);
        try
        {
            var refused = await student.Client!.PostAsync($"/api/applications/{applicationId}/accept");
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        }
        finally
        {
            await ExecuteAsync(allow);
        }

        var (status, filled, placements) = await District.Factory.WithDbAsync(async db => (
            await db.Applications.Where(a => a.Id == applicationId).Select(a => a.Status).SingleAsync(),
            await db.Postings.Where(p => p.Id == scenario.PostingId).Select(p => p.FilledSlots).SingleAsync(),
            await db.Placements.CountAsync(p => p.ApplicationId == applicationId)));
        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo(ApplicationStatus.Offered), "the acceptance was saved before the event's work, and rolled back with it");
            Assert.That(filled, Is.Zero);
            Assert.That(placements, Is.Zero);
            Assert.That(await AcceptanceEmailsAsync(), Is.Zero, "the e-mail the acceptance queued is gone too");
        });

        var accepted = await student.Client.PostJsonAsync($"/api/applications/{applicationId}/accept");
        Assert.That(accepted["status"]!.GetValue<string>(), Is.EqualTo("Accepted"), "nothing half-written stands in the way of trying again");
        Assert.That(await District.Factory.WithDbAsync(db => db.Placements.CountAsync(p => p.ApplicationId == applicationId)), Is.EqualTo(1));
        Assert.That(await AcceptanceEmailsAsync(), Is.EqualTo(1), "the same check sees the e-mail when the acceptance commits");
    }

    [Test]
    public async Task Changes_that_raise_domain_events_are_not_saved_outside_a_unit_of_work()
    {
        var scenario = await Scenario.CreateAsync(District);

        await using (var scope = District.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var posting = await db.Postings.SingleAsync(p => p.Id == scenario.PostingId);
            posting.Close(DateTime.UtcNow);

            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.That(refused!.Message, Does.Contain("unit of work"));
        }

        var stored = await District.Factory.WithDbAsync(db => db.Postings.Where(p => p.Id == scenario.PostingId).Select(p => p.Status).SingleAsync());
        Assert.That(stored, Is.EqualTo(Internships.Domain.Postings.PostingStatus.Open));
    }

    /// <summary>A trigger that makes inserting the application's placement fail, in each provider's SQL, and how to drop it.</summary>
    private static (string Refuse, string Allow) RefusePlacementsFor(int applicationId)
    {
        var trigger = $"refuse_placement_{applicationId}";
        return TestDatabase.IsPostgreSql
            ? ($"""
                CREATE FUNCTION {trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'placements refused by the test'; END $$;
                CREATE TRIGGER {trigger} BEFORE INSERT ON "Placements" FOR EACH ROW WHEN (NEW."ApplicationId" = {applicationId})
                EXECUTE FUNCTION {trigger}();
                """,
                $"""DROP TRIGGER {trigger} ON "Placements"; DROP FUNCTION {trigger}();""")
            : ($"""
                CREATE TRIGGER {trigger} BEFORE INSERT ON Placements WHEN NEW.ApplicationId = {applicationId}
                BEGIN SELECT RAISE(ABORT, 'placements refused by the test'); END;
                """,
                $"DROP TRIGGER {trigger};");
    }

    private static Task<int> ExecuteAsync(string sql) => District.Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}
