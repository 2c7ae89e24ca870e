namespace Internships.Domain.Applications;

/// <summary>
/// Submitted → UnderReview → Offered → Accepted or Declined; the employer may reject before an offer,
/// and the student may withdraw until they accept.
/// </summary>
public enum ApplicationStatus
{
    Submitted,
    UnderReview,
    Offered,
    Accepted,
    Declined,
    Rejected,
    Withdrawn,
}
