using Mediator;

namespace Internships.Domain.Common;

/// <summary>
/// A state change that others react to. Handlers run in the same transaction as the change,
/// before it is saved; side effects outside the database are recorded there and done by jobs.
/// </summary>
public interface IDomainEvent : INotification;
