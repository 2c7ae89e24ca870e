using Internships.Application.Features.Postings;
using Internships.Domain.Postings;
using Shouldly;

namespace Internships.UnitTests.Application;

/// <summary>The catalogue keeps each order <see cref="PostingSort"/> defines, ties broken by id.</summary>
public sealed class CatalogSnapshotTests
{
    private static readonly DateOnly Day = new(2027, 3, 1);
    private static readonly DateTime Opened = new(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc);

    private static CatalogEntry Entry(int id, string title, decimal wage, int deadlineInDays, int openedDaysAgo) =>
        new(new PostingSummaryDto(id, title, 1, "Employer", [1], [], wage, 10m, Day, Day.AddDays(90), null, true, Day.AddDays(-deadlineInDays), 1,
            PostingStatus.Open), "Work.", 3 << 2, null, Opened.AddDays(-openedDaysAgo), 1);

    private static readonly CatalogSnapshot Snapshot = new(new[]
    {
        Entry(4, "beta", 18m, 10, 1),
        Entry(2, "Alpha", 20m, 20, 2),
        Entry(3, "alpha", 18m, 20, 1),
        Entry(1, "Gamma", 16m, 10, 3),
    }.ToDictionary(e => e.Id), Opened, Opened);

    private static IEnumerable<int> Ids(string? sort) => Snapshot.InOrder(sort).Select(e => e.Id);

    [Test]
    public void Soonest_deadline_first_by_default_then_by_id()
    {
        Ids(null).ShouldBe([2, 3, 1, 4]);
        Ids("nonsense").ShouldBe([2, 3, 1, 4]);
    }

    [Test]
    public void Highest_wage_first_then_by_id() => Ids("WAGE").ShouldBe([2, 3, 4, 1]);

    [Test]
    public void Newest_first_then_the_higher_id() => Ids(PostingSort.Newest).ShouldBe([4, 3, 2, 1]);

    [Test]
    public void Titles_from_A_to_Z_whatever_their_case_then_by_id() => Ids(PostingSort.Title).ShouldBe([2, 3, 4, 1]);

    [Test]
    public void A_snapshot_confirmed_later_keeps_its_orders()
    {
        var later = Snapshot.CheckedAt(Opened.AddMinutes(1));

        later.BuiltAt.ShouldBe(Opened.AddMinutes(1));
        later.InOrder(PostingSort.Wage).ShouldBeSameAs(Snapshot.InOrder(PostingSort.Wage));
    }
}
