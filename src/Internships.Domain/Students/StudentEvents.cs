namespace Internships.Domain.Students;

/// <summary>The student is no longer enrolled: their account is disabled and its sessions end in the same transaction.</summary>
public sealed record StudentDeactivated(Student Student) : IDomainEvent;

public sealed record StudentReactivated(Student Student) : IDomainEvent;
