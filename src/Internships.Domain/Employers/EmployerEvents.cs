namespace Internships.Domain.Employers;

/// <summary>The employer left the programme: its staff's accounts are disabled in the same transaction.</summary>
public sealed record EmployerDeactivated(Employer Employer) : IDomainEvent;

public sealed record EmployerReactivated(Employer Employer) : IDomainEvent;

/// <summary>The supervisor left the employer: their account is disabled and its sessions end in the same transaction.</summary>
public sealed record SupervisorDeactivated(Supervisor Supervisor) : IDomainEvent;

public sealed record SupervisorReactivated(Supervisor Supervisor) : IDomainEvent;
