using System.Text;
using Internships.Matching;
using Shouldly;

namespace Internships.UnitTests.Matching;

/// <summary>Ids given as UTF-16, as UTF-8 or in UTF-8 batches name the same students and postings, and must be text.</summary>
public sealed class MatchingProblemBuilderTests
{
    [Test]
    public void An_id_given_as_utf16_utf8_or_in_a_batch_is_one_id()
    {
        var builder = new MatchingProblemBuilder();
        builder.AppendToRanking("Zoë");
        builder.AppendToRanking("S2"u8);
        builder.AppendToRanking(Batch("S3"));
        builder.CompletePosting("Café"u8, 2);
        builder.AppendToChoices(Batch("Café"));
        builder.CompleteStudent(Encoding.UTF8.GetBytes("Zoë"));
        builder.CompleteStudent("S2");
        builder.CompleteStudent("S3"u8);

        var problem = builder.Build();

        problem.PostingIds.ShouldBe(["Café"]);
        problem.StudentIds.ShouldBe(["Zoë", "S2", "S3"]);
        Encoding.UTF8.GetString(problem.StudentIdUtf8(0)).ShouldBe("Zoë");
        problem.Problem.RankingOf(0).ToArray().ShouldBe([0, 1, 2]);
        problem.Problem.ChoicesOf(0).ToArray().ShouldBe([0]);
    }

    [Test]
    public void Many_ids_of_every_length_stay_distinct_as_the_table_grows()
    {
        // Enough to grow the table several times; ids of 1 to 40 bytes, many sharing their first 8 bytes.
        var ids = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? $"{i}" : i % 3 == 1 ? $"student-{i:D8}" : $"{new string('z', i % 40)}{i}").ToArray();
        var builder = new MatchingProblemBuilder();
        foreach (var chunk in ids.Chunk(Utf8IdBatch.Capacity))
        {
            builder.AppendToRanking(Batch(chunk));
        }

        builder.CompletePosting("P", 1);
        foreach (var id in ids)
        {
            builder.CompleteStudent(Encoding.UTF8.GetBytes(id));
        }

        var problem = builder.Build();

        problem.StudentIds.ShouldBe(ids);
        problem.Problem.RankingOf(0).ToArray().ShouldBe(Enumerable.Range(0, ids.Length).ToArray());
    }

    [Test]
    public void An_empty_id_in_a_batch_is_refused_when_its_row_is_completed()
    {
        var builder = new MatchingProblemBuilder();
        builder.AppendToChoices(Batch("P", ""));

        Should.Throw<MatchingInputException>(() => builder.CompleteStudent("S")).Message.ShouldBe("Student 'S' lists a null or empty posting id.");
    }

    [Test]
    public void An_id_that_is_not_text_is_refused()
    {
        Should.Throw<MatchingInputException>(() => new MatchingProblemBuilder().CompleteStudent("S\ud800"))
            .Message.ShouldBe("The student id 'S\ud800' is not valid text: it holds half of a surrogate pair.");
        Should.Throw<MatchingInputException>(() => new MatchingProblemBuilder().AppendToRanking([0x53, 0xFF]))
            .Message.ShouldBe("A student id is not valid UTF-8.");
    }

    [Test]
    public void A_batch_holds_its_capacity_and_no_more()
    {
        var batch = Batch(Enumerable.Range(0, Utf8IdBatch.Capacity).Select(i => $"S{i}").ToArray());

        batch.IsFull.ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => batch.Add("one more"u8));
    }

    private static Utf8IdBatch Batch(params string[] ids)
    {
        var batch = new Utf8IdBatch();
        foreach (var id in ids)
        {
            batch.Add(Encoding.UTF8.GetBytes(id));
        }

        return batch;
    }
}
