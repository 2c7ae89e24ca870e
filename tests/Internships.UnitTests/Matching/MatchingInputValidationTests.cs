using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>Invalid input is refused with a message that names the problem, by id or by index.</summary>
public sealed class MatchingInputValidationTests
{
    private static readonly PostingPreferences P1 = new("P1", 1, ["S1"]);
    private static readonly StudentPreferences S1 = new("S1", ["P1"]);

    private static string Refusal(PostingPreferences[] postings, StudentPreferences[] students) =>
        Should.Throw<MatchingInputException>(() => NamedMatchingProblem.Create(postings, students)).Message;

    [Test]
    public void Duplicate_posting_ids() =>
        Refusal([P1, new("P1", 2, [])], [S1]).ShouldBe("Duplicate posting id 'P1'.");

    [Test]
    public void Duplicate_student_ids() =>
        Refusal([P1], [S1, new("S1", [])]).ShouldBe("Duplicate student id 'S1'.");

    [Test]
    public void A_student_listing_a_posting_twice() =>
        Refusal([P1], [new("S1", ["P1", "P1"])]).ShouldBe("Student 'S1' lists posting 'P1' twice.");

    [Test]
    public void A_posting_ranking_a_student_twice() =>
        Refusal([new("P1", 1, ["S1", "S1"])], [S1]).ShouldBe("Posting 'P1' ranks student 'S1' twice.");

    [Test]
    public void A_negative_capacity() =>
        Refusal([new("P1", -1, ["S1"])], [S1]).ShouldBe("Posting 'P1' has a negative capacity (-1).");

    [Test]
    public void An_unknown_posting_in_a_student_s_choices() =>
        Refusal([P1], [new("S1", ["P1", "P9"])]).ShouldBe("Student 'S1' lists unknown posting 'P9'.");

    [Test]
    public void An_unknown_student_in_a_posting_s_ranking() =>
        Refusal([new("P1", 1, ["S1", "S9"])], [S1]).ShouldBe("Posting 'P1' ranks unknown student 'S9'.");

    [TestCase(null)]
    [TestCase("")]
    public void A_null_or_empty_posting_id(string? id) =>
        Refusal([P1, new(id!, 1, [])], [S1]).ShouldBe("The posting at position 1 has a null or empty id.");

    [TestCase(null)]
    [TestCase("")]
    public void A_null_or_empty_student_id(string? id) =>
        Refusal([P1], [new(id!, [])]).ShouldBe("The student at position 0 has a null or empty id.");

    [TestCase(null)]
    [TestCase("")]
    public void A_null_or_empty_id_in_a_list(string? id)
    {
        Refusal([new("P1", 1, ["S1", id!])], [S1]).ShouldBe("Posting 'P1' ranks a null or empty student id.");
        Refusal([P1], [new("S1", [id!])]).ShouldBe("Student 'S1' lists a null or empty posting id.");
    }

    [Test]
    public void Null_lists_and_records()
    {
        Refusal([new("P1", 1, null!)], [S1]).ShouldBe("The posting at position 0 has no ranking.");
        Refusal([P1], [S1, new("S2", null!)]).ShouldBe("The student at position 1 has no choices.");
        Refusal([null!], [S1]).ShouldBe("The posting at position 0 is null.");
    }

    [Test]
    public void Ids_are_compared_exactly()
    {
        var problem = NamedMatchingProblem.Create([new("p1", 1, ["s1"]), new("P1", 1, ["S1"])], [new("s1", ["p1"]), new("S1", ["P1"])]);

        problem.PostingIds.ShouldBe(["p1", "P1"]);
        DeferredAcceptance.Solve(problem).Assignments.Count.ShouldBe(2);
    }

    [Test]
    public void By_index_entries_out_of_range_are_named()
    {
        Should.Throw<MatchingInputException>(() => MatchingProblem.FromLists([1], [[0]], [[3]]))
            .Message.ShouldBe("Student 0 lists posting 3, which does not exist (there are 1 postings).");
        Should.Throw<MatchingInputException>(() => MatchingProblem.FromLists([1], [[-1]], [[0]]))
            .Message.ShouldBe("Posting 0 ranks student -1, which does not exist (there are 1 students).");
    }

    [Test]
    public void By_index_duplicates_and_negative_capacities_are_named()
    {
        Should.Throw<MatchingInputException>(() => MatchingProblem.FromLists([1, 1], [[0], [0]], [[1, 0, 1]]))
            .Message.ShouldBe("Student 0 lists posting 1 twice.");
        Should.Throw<MatchingInputException>(() => MatchingProblem.FromLists([1], [[1, 0, 1]], [[0], [0]]))
            .Message.ShouldBe("Posting 0 ranks student 1 twice.");
        Should.Throw<MatchingInputException>(() => MatchingProblem.FromLists([0, -2], [[], []], []))
            .Message.ShouldBe("Posting 1 has a negative capacity (-2).");
    }

    [Test]
    public void By_index_row_starts_must_fit_the_entries()
    {
        Should.Throw<MatchingInputException>(() => new MatchingProblem([1], [0, 2], [0], [0, 0], []))
            .Message.ShouldContain("rankingStarts must begin at 0 and end at the length of rankings (1)");
        Should.Throw<MatchingInputException>(() => new MatchingProblem([1], [0, 0], [], [0, 1, 0], [0]))
            .Message.ShouldContain("choiceStarts must begin at 0 and end at the length of choices (1)");
        Should.Throw<MatchingInputException>(() => new MatchingProblem([1], [0, 1, 0], [], [0], []))
            .Message.ShouldContain("rankingStarts has 3 elements; 1 postings need 2");
        Should.Throw<MatchingInputException>(() => new MatchingProblem([], [0], [], [0, 2, 1, 2], [0, 0]))
            .Message.ShouldContain("choiceStarts decreases after element 1");
    }

    [Test]
    public void A_proposal_order_must_be_a_permutation_of_the_students()
    {
        var problem = MatchingProblem.FromLists([1], [[0, 1]], [[0], [0]]);

        Should.Throw<ArgumentException>(() => DeferredAcceptance.Solve(problem, [0])).Message.ShouldContain("has 1 students; the problem has 2");
        Should.Throw<ArgumentException>(() => DeferredAcceptance.Solve(problem, [1, 1])).Message.ShouldContain("1 is out of range or repeated");
        Should.Throw<ArgumentException>(() => DeferredAcceptance.Solve(problem, [0, 2])).Message.ShouldContain("2 is out of range or repeated");
    }

    [Test]
    public void A_streaming_builder_refuses_entries_left_without_a_row()
    {
        var builder = new MatchingProblemBuilder();
        builder.AppendToChoices("P1");

        Should.Throw<InvalidOperationException>(() => builder.Build());
    }
}
