namespace Internships.Domain.Placements;

public sealed record PlacementActivated(Placement Placement) : IDomainEvent;

/// <summary>The internship is finished: its badges are awarded from this event, exactly once.</summary>
public sealed record PlacementCompleted(Placement Placement) : IDomainEvent;
