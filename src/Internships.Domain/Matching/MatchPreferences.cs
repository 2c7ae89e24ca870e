namespace Internships.Domain.Matching;

/// <summary>A student who may take part in a round (chosen when the round is created).</summary>
public sealed class MatchParticipant
{
    private MatchParticipant() { }

    public MatchParticipant(int roundId, int studentId)
    {
        RoundId = roundId;
        StudentId = studentId;
    }

    public int RoundId { get; private set; }

    public int StudentId { get; private set; }
}

/// <summary>One entry of a student's ranked list: <see cref="Rank"/> 1 is their first choice.</summary>
public sealed class MatchChoice
{
    private MatchChoice() { }

    public MatchChoice(int roundId, int studentId, int postingId, int rank)
    {
        RoundId = roundId;
        StudentId = studentId;
        PostingId = postingId;
        Rank = rank;
    }

    public int RoundId { get; private set; }

    public int StudentId { get; private set; }

    public int PostingId { get; private set; }

    public int Rank { get; private set; }
}

/// <summary>
/// An employer's view of one student who chose its posting: a rank (1 best; equal ranks are ties, broken by the
/// round's lottery), or unacceptable. A student the employer has not ranked is acceptable, after every ranked one.
/// </summary>
public sealed class MatchEmployerRank
{
    private MatchEmployerRank() { }

    public MatchEmployerRank(int roundId, int postingId, int studentId, int? rank, bool unacceptable)
    {
        if (unacceptable == rank.HasValue)
        {
            throw new ArgumentException("A student is either ranked or unacceptable.");
        }

        RoundId = roundId;
        PostingId = postingId;
        StudentId = studentId;
        Rank = rank;
        Unacceptable = unacceptable;
    }

    public int RoundId { get; private set; }

    public int PostingId { get; private set; }

    public int StudentId { get; private set; }

    public int? Rank { get; private set; }

    public bool Unacceptable { get; private set; }
}
