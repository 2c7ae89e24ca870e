namespace Internships.Domain.Postings;

/// <summary>
/// The values lists of postings are ordered by. Both the database rows and the search catalogue's in-memory entries
/// have them, so the orders are written once (as expressions over this interface) and applied to either.
/// </summary>
public interface IPostingSortKeys
{
    int Id { get; }

    string Title { get; }

    decimal HourlyWage { get; }

    DateOnly ApplicationDeadline { get; }

    DateTime? OpenedAt { get; }
}
