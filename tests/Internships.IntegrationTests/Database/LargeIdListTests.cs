using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Internships.Application.Common.Interfaces;
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
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var tag = District.Next();
            var born = District.Today.AddYears(-16).AddDays(-40);
            var students = Enumerable.Range(1, Students - 1)
                .Select(i => new Student($"L{tag}-{i}", "Lee", $"Many{i}", $"many{i}.{tag}@students.example", 11, born, _scenario.SchoolId))
                .ToList();
            await scope.ServiceProvider.GetRequiredService<IBulkWriter>().InsertAsync(students, CancellationToken.None);
            await CopyForEachStudentAsync(db, typeof(PathwayEnrolment), "\"StudentId\"", _scenario.Student.StudentId);
            await transaction.CommitAsync();
        }

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
            await CopyForEachStudentAsync(db, typeof(InternshipApplication), "\"Id\"", _scenario.ApplicationId);
            await CopyForEachStudentAsync(db, typeof(Placement), "\"Id\"", _scenario.PlacementId, new()
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

    /// <summary>
    /// A copy of one row (the template, <paramref name="key"/> = <paramref name="templateId"/>) for every other student of
    /// the school, with the student's id and, for <paramref name="computed"/> columns, an SQL expression over the template
    /// row <c>t</c> and the student <c>s</c>. The columns come from the EF model, so a migration adding one needs no change here.
    /// </summary>
    private async Task CopyForEachStudentAsync(AppDbContext db, Type entity, string key, int templateId, Dictionary<string, string>? computed = null)
    {
        var type = db.Model.FindEntityType(entity)!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = type.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>().Where(c => c != "Id").ToList();
        string Value(string column) =>
            column == "StudentId" ? "s.\"Id\"" : computed?.GetValueOrDefault(column) ?? $"t.\"{column}\"";
        var sql = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) "
            + $"SELECT {string.Join(", ", columns.Select(Value))} FROM \"{table.Name}\" t, \"Students\" s "
            + $"WHERE t.{key} = {templateId} AND s.\"SchoolId\" = {_scenario.SchoolId} AND s.\"Id\" <> {_scenario.Student.StudentId}";
        var rows = await db.Database.ExecuteSqlRawAsync(sql);
        Assert.That(rows, Is.EqualTo(Students - 1), $"{table.Name} copied");
    }
}
