using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Internships.Domain.Applications;
using Internships.Domain.Placements;
using Internships.Domain.Students;
using Internships.Infrastructure.Persistence;
using Internships.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Internships.IntegrationTests.Database;

/// <summary>
/// Queries over 100,000 ids, a caller's (a round naming its students) and a computed one (the dashboard's placements),
/// on a database of their own: one id list reaches the database as ONE parameter (EF Core's default of a parameter per
/// id fails past SQLite's 32,766 and PostgreSQL's 65,535 variables). One school of 100,000 eligible students: one made
/// through the API with an accepted offer, the rest copied from it by SQL in the arrange, which takes seconds, not the
/// hours 100,000 HTTP calls would.
/// </summary>
[NonParallelizable]
public sealed class LargeIdListTests
{
    private const int Students = 100_000;

    private InternshipsApiFactory _factory = null!;
    private District _district = null!;
    private PlacementScenario _scenario = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new InternshipsApiFactory(InternshipsApiFactory.NewDatabasePath());
        _district = await District.CreateAsync(_factory);
        _scenario = await PlacementScenario.CreateAsync(_district);

        var clock = Stopwatch.StartNew();
        var tag = District.Next();
        await _factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await CopyAsync(db, typeof(Student), $"t.\"Id\" = {_scenario.Student.StudentId}",
                $"n WHERE n.i < {Students}", new()
                {
                    ["SisId"] = $"'L{tag}-' || n.i",
                    ["Email"] = $"'many' || n.i || '.{tag}@students.example'",
                    ["Ssid"] = "NULL",
                    ["SourcedId"] = "NULL",
                    ["BadgeRecipientAlias"] = "NULL",
                }, $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Students}) ");
            await CopyForEachStudentAsync(db, typeof(PathwayEnrolment), $"t.\"StudentId\" = {_scenario.Student.StudentId}");
            await transaction.CommitAsync();
            return 0;
        });
        TestContext.Progress.WriteLine($"{Students - 1:N0} students seeded in {clock.Elapsed.TotalSeconds:N1} s");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _factory.DisposeAsync();
        await TestDatabase.DeleteAsync(_factory.DatabasePath);
    }

    [Test]
    public async Task A_round_opens_naming_100000_students()
    {
        var studentIds = await _factory.WithDbAsync(db =>
            db.Students.Where(s => s.SchoolId == _scenario.SchoolId).Select(s => s.Id).ToArrayAsync());
        Assert.That(studentIds, Has.Length.EqualTo(Students));

        var clock = Stopwatch.StartNew();
        var round = await _district.Coordinator.PostJsonAsync("/api/match-rounds", new
        {
            name = $"State round {District.Next()}",
            term = "Spring 2027",
            preferenceDeadline = District.Today.AddDays(7),
            postingIds = new[] { _scenario.PostingId },
            studentIds,
        }, HttpStatusCode.Created);
        TestContext.Progress.WriteLine($"Round of {Students:N0} opened in {clock.Elapsed.TotalSeconds:N1} s ({TestDatabase.Provider})");

        Assert.That(round["participants"]!.GetValue<int>(), Is.EqualTo(Students));
    }

    [Test]
    public async Task The_dashboard_of_a_school_with_100000_placements_adds_up_their_hours()
    {
        await _factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await CopyForEachStudentAsync(db, typeof(InternshipApplication), $"t.\"Id\" = {_scenario.ApplicationId}");
            await CopyForEachStudentAsync(db, typeof(Placement), $"t.\"Id\" = {_scenario.PlacementId}", new()
            {
                ["ApplicationId"] = "(SELECT a.\"Id\" FROM \"Applications\" a WHERE a.\"StudentId\" = s.\"Id\" AND a.\"PostingId\" = t.\"PostingId\")",
            });
            await transaction.CommitAsync();
            return 0;
        });

        var clock = Stopwatch.StartNew();
        var dashboard = await _district.Coordinator.GetJsonAsync($"/api/dashboard?schoolId={_scenario.SchoolId}");
        TestContext.Progress.WriteLine($"Dashboard over {Students:N0} placements in {clock.Elapsed.TotalSeconds:N1} s ({TestDatabase.Provider})");

        var bySchool = dashboard["bySchool"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(bySchool["placements"]!.GetValue<int>(), Is.EqualTo(Students));
            Assert.That(bySchool["students"]!.GetValue<int>(), Is.EqualTo(Students));
            Assert.That(bySchool["hours"]!.GetValue<decimal>(), Is.Zero);
        });
    }

    /// <summary>A copy of one row (the template) for every other student of the school, with the student's id.</summary>
    private Task CopyForEachStudentAsync(AppDbContext db, Type entity, string template, Dictionary<string, string>? values = null) =>
        CopyAsync(db, entity, template, $"\"Students\" s WHERE s.\"SchoolId\" = {_scenario.SchoolId} AND s.\"Id\" <> {_scenario.Student.StudentId}",
            new(values ?? []) { ["StudentId"] = "s.\"Id\"" });

    /// <summary>
    /// Copies of one row (<paramref name="template"/>, over <c>t</c>), one per row of <paramref name="copies"/> (a table and a
    /// condition), with <paramref name="values"/> SQL expressions for the columns that differ. The columns come from the EF
    /// model, so a migration adding one needs no change here; the SQL is one both SQLite and PostgreSQL read.
    /// </summary>
    private static async Task CopyAsync(AppDbContext db, Type entity, string template, string copies, Dictionary<string, string> values, string with = "")
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>().Where(c => c != "Id").ToList();
        var sql = $"{with}INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"SELECT {string.Join(", ", columns.Select(c => values.GetValueOrDefault(c) ?? $"t.\"{c}\""))} FROM \"{table.Name}\" t, {copies} AND {template}";
        var rows = await db.Database.ExecuteSqlRawAsync(sql);
        Assert.That(rows, Is.EqualTo(Students - 1), $"{table.Name} copied");
    }
}
