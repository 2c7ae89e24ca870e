namespace Internships.Domain.Postings;

/// <summary>
/// Draft → Submitted → Open → Closed, or Filled when its last slot is taken.
/// A returned posting goes back to Draft with the coordinator's reason.
/// </summary>
public enum PostingStatus
{
    Draft,
    Submitted,
    Open,
    Filled,
    Closed,
}
