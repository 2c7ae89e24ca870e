namespace Internships.Domain.Postings;

// Events carry the aggregate, not its id: a new aggregate gets its id when it is first saved,
// and handlers run after that save, inside the same transaction.

public sealed record PostingApproved(InternshipPosting Posting) : IDomainEvent;

public sealed record PostingReturned(InternshipPosting Posting, string Reason) : IDomainEvent;

/// <summary>The posting stopped taking applicants: its last slot was filled, or it was closed.</summary>
public sealed record PostingStoppedAccepting(InternshipPosting Posting) : IDomainEvent;
