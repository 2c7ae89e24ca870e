namespace Internships.Domain.Applications;

public sealed record ApplicationSubmitted(InternshipApplication Application) : IDomainEvent;

public sealed record ApplicationStatusChanged(InternshipApplication Application, ApplicationStatus From, ApplicationStatus To) : IDomainEvent;

public sealed record OfferMade(InternshipApplication Application) : IDomainEvent;

public sealed record OfferAccepted(InternshipApplication Application) : IDomainEvent;

public sealed record OfferDeclined(InternshipApplication Application) : IDomainEvent;
