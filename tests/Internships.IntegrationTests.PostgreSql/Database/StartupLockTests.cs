using Internships.Application.Common.Security;
using Internships.Domain.Evaluations;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Internships.IntegrationTests.Database;

/// <summary>Nodes starting together against an empty database migrate and seed it once, one after the other (the start-up lock).</summary>
public sealed class StartupLockTests
{
    [Test]
    public async Task Two_nodes_starting_together_on_an_empty_database_both_start_and_it_is_prepared_once()
    {
        var path = InternshipsApiFactory.NewDatabasePath();
        var first = new InternshipsApiFactory(path);
        var second = new InternshipsApiFactory(path);
        try
        {
            // Both hosts start at the same moment, each migrating and seeding as it starts.
            using var go = new ManualResetEventSlim();
            var starting = new[] { first, second }.Select(host => Task.Run(() =>
            {
                go.Wait();
                _ = host.Server;
            })).ToList();
            go.Set();
            await Task.WhenAll(starting);

            var (applied, known) = await first.WithDbAsync(async db => (
                (await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList()));
            Assert.That(applied, Is.EqualTo(known), "one migration history, each migration once");
            Assert.That(await first.WithDbAsync(db => db.Roles.Select(r => r.Name).ToListAsync()), Is.EquivalentTo(Roles.All));
            Assert.That(await first.WithDbAsync(db => db.RubricCompetencies.CountAsync()), Is.EqualTo(RubricCompetency.Defaults.Count));
            Assert.That(await first.WithDbAsync(db => db.Users.CountAsync()), Is.EqualTo(1), "one bootstrap administrator");
            foreach (var host in new[] { first, second })
            {
                await ApiClient.SignInAsync(host, InternshipsApiFactory.AdminEmail, InternshipsApiFactory.AdminPassword);
            }
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            await TestDatabase.DeleteAsync(path);
        }
    }
}
