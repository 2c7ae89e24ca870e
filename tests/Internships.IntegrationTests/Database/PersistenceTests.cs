using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Internships.IntegrationTests.Database;

public sealed class PersistenceTests
{
    private static District District => TestHost.District;

    [Test]
    public async Task A_write_based_on_a_stale_read_is_refused()
    {
        var scenario = await Scenario.CreateAsync(District);
        await using var first = District.Factory.Services.CreateAsyncScope();
        await using var second = District.Factory.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<AppDbContext>();
        var seenByFirst = await db1.Postings.SingleAsync(p => p.Id == scenario.PostingId);
        var seenBySecond = await db2.Postings.SingleAsync(p => p.Id == scenario.PostingId);
        var versionRead = seenByFirst.Version;

        // Closing raises a domain event, so each save is in a transaction, as a command's would be.
        seenByFirst.Close(DateTime.UtcNow);
        await db1.InTransactionAsync(() => db1.SaveChangesAsync());

        seenBySecond.Close(DateTime.UtcNow);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.InTransactionAsync(() => db2.SaveChangesAsync()));
        Assert.That(seenByFirst.Version, Is.EqualTo(versionRead + 1));
    }

    [Test]
    public async Task A_restarted_host_reuses_its_database()
    {
        var path = InternshipsApiFactory.NewDatabasePath();
        string code;
        await using (var firstRun = new InternshipsApiFactory(path))
        {
            var admin = await ApiClient.SignInAsync(firstRun, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
            var district = await Support.District.CreateAsync(firstRun);
            code = $"KEEP-{Support.District.Next()}";
            await district.Coordinator.PostJsonAsync("/api/schools", new { name = "Kept", code }, System.Net.HttpStatusCode.Created);
            Assert.That(admin, Is.Not.Null);
        }

        await using var secondRun = new InternshipsApiFactory(path);
        var count = await secondRun.WithDbAsync(db => db.Schools.CountAsync(s => s.Code == code));
        var admins = await secondRun.WithDbAsync(db => db.Users.CountAsync());

        Assert.That(count, Is.EqualTo(1));
        Assert.That(admins, Is.EqualTo(2), "the bootstrap administrator is created once, not at every start");
        if (!TestDatabase.IsPostgreSql)
        {
            // SQLite only: the file stays in write-ahead-log mode, set at its first start.
            var journal = await secondRun.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
            Assert.That(journal.Single(), Is.EqualTo("wal"));
        }
    }
}
