using Internships.Domain.Employers;
using Internships.Domain.Students;

namespace Internships.Application.Features.Users;

/// <summary>
/// A record deactivated (a student no longer enrolled, a supervisor who left, an employer out of the programme) takes its
/// accounts with it, in the same transaction: they are disabled and their sessions end. Made active again, the record
/// brings back the accounts that were disabled with it (not those a person disabled).
/// </summary>
public sealed class SuspendLinkedAccounts(IIdentityService identity)
    : INotificationHandler<StudentDeactivated>, INotificationHandler<StudentReactivated>,
        INotificationHandler<SupervisorDeactivated>, INotificationHandler<SupervisorReactivated>,
        INotificationHandler<EmployerDeactivated>, INotificationHandler<EmployerReactivated>
{
    public async ValueTask Handle(StudentDeactivated notification, CancellationToken cancellationToken) =>
        await identity.DisableLinkedAccountsAsync(new AccountLink(StudentId: notification.Student.Id), cancellationToken);

    public async ValueTask Handle(StudentReactivated notification, CancellationToken cancellationToken) =>
        await identity.RestoreLinkedAccountsAsync(new AccountLink(StudentId: notification.Student.Id), cancellationToken);

    public async ValueTask Handle(SupervisorDeactivated notification, CancellationToken cancellationToken) =>
        await identity.DisableLinkedAccountsAsync(new AccountLink(SupervisorId: notification.Supervisor.Id), cancellationToken);

    public async ValueTask Handle(SupervisorReactivated notification, CancellationToken cancellationToken) =>
        await identity.RestoreLinkedAccountsAsync(new AccountLink(SupervisorId: notification.Supervisor.Id), cancellationToken);

    public async ValueTask Handle(EmployerDeactivated notification, CancellationToken cancellationToken) =>
        await identity.DisableLinkedAccountsAsync(new AccountLink(EmployerId: notification.Employer.Id), cancellationToken);

    public async ValueTask Handle(EmployerReactivated notification, CancellationToken cancellationToken) =>
        await identity.RestoreLinkedAccountsAsync(new AccountLink(EmployerId: notification.Employer.Id), cancellationToken);
}
