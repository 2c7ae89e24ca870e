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
            PostingStatus.Open), "Work.", 3 << 2, null, Opened.AddDays(-openedDaysAgo), 1,
            new PostingDto(id, 1, "Employer", null, title, "Work.", [new PathwayRef(1, "Pathway")], wage, 10m, Day, Day.AddDays(90), 1, 0, 1, null,
                true, Day.AddDays(-deadlineInDays), [11, 12], null, 0m, [], PostingStatus.Open, null, Opened, Opened, Opened.AddDays(-openedDaysAgo),
                null, 1));

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

    private static CatalogFilter Filter(DateOnly today, string sort = PostingSort.Wage, string? text = null, decimal? minWage = null) =>
        new(today, sort, text, null, minWage, null, null, null, null);

    [Test]
    public void A_list_holds_the_postings_every_filter_admits_in_the_order_asked()
    {
        Snapshot.Listed(Filter(Day.AddDays(-30))).Select(e => e.Id).ShouldBe([2, 3, 4, 1]);
        Snapshot.Listed(Filter(Day.AddDays(-30), text: "alpha")).Select(e => e.Id).ShouldBe([2, 3]);
        Snapshot.Listed(Filter(Day.AddDays(-30), sort: PostingSort.Newest, minWage: 18m)).Select(e => e.Id).ShouldBe([4, 3, 2]);
    }

    [Test]
    public void A_list_keeps_each_postings_eligibility_screen_beside_it_in_the_same_order()
    {
        var listed = Snapshot.Listed(Filter(Day.AddDays(-30), sort: PostingSort.Newest));

        listed.Screens.Length.ShouldBe(listed.Count);
        for (var i = 0; i < listed.Count; i++)
        {
            listed.Screens[i].Requirements.ShouldBeSameAs(listed[i].Screen.Requirements);
        }
    }

    [Test]
    public void A_list_is_remembered_for_its_day_and_never_served_on_another()
    {
        var snapshot = new CatalogSnapshot(Snapshot.ById, Opened, Opened);
        var before = snapshot.Listed(Filter(Day.AddDays(-15)));

        snapshot.Listed(Filter(Day.AddDays(-15))).ShouldBeSameAs(before);
        before.Select(e => e.Id).ShouldBe([4, 1]);

        // The snapshot is confirmed the next days without a change: deadlines still pass.
        snapshot.CheckedAt(Opened.AddDays(1)).Listed(Filter(Day.AddDays(-10))).Select(e => e.Id).ShouldBe([4, 1]);
        snapshot.CheckedAt(Opened.AddDays(2)).Listed(Filter(Day.AddDays(-9))).ShouldBeEmpty();
    }
}
