namespace Internships.Application.Features.Users;

/// <summary>
/// The role an account is opened in and the record it acts for: the fields of <see cref="CreateUserCommand"/> and
/// <see cref="Invitations.InviteUserCommand"/>, checked once. A student account acts for a student, an employer admin
/// for an employer, a supervisor for a supervisor; district staff for no record.
/// </summary>
public interface IAccountLinkFields
{
    string Email { get; }

    string Role { get; }

    int? StudentId { get; }

    int? EmployerId { get; }

    int? SupervisorId { get; }
}

internal sealed class AccountLinkValidator : AbstractValidator<IAccountLinkFields>
{
    public AccountLinkValidator(IAppDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessageKey("Accounts.EmailRequired")
            .MaximumLength(254).WithMessageKey("Accounts.EmailTooLong")
            .EmailAddress().WithMessageKey("Accounts.EmailFormat");
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessageKey("Accounts.RoleOffered");

        RuleFor(x => x.StudentId).NotNull().When(x => x.Role == Roles.Student).WithMessageKey("Accounts.StudentRequired");
        RuleFor(x => x.StudentId).Null().When(x => x.Role != Roles.Student).WithMessageKey("Accounts.StudentOnlyForStudent");
        RuleFor(x => x.StudentId).MustAsync((id, ct) => db.Students.AnyAsync(s => s.Id == id, ct)).When(x => x.StudentId is not null)
            .WithMessageKey("Accounts.StudentUnknown");

        RuleFor(x => x.EmployerId).NotNull().When(x => x.Role == Roles.EmployerAdmin).WithMessageKey("Accounts.EmployerRequired");
        RuleFor(x => x.EmployerId).Null().When(x => x.Role is not (Roles.EmployerAdmin or Roles.Supervisor))
            .WithMessageKey("Accounts.EmployerOnlyForStaff");
        RuleFor(x => x.EmployerId).MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct)).When(x => x.EmployerId is not null)
            .WithMessageKey("Accounts.EmployerUnknown");

        RuleFor(x => x.SupervisorId).NotNull().When(x => x.Role == Roles.Supervisor).WithMessageKey("Accounts.SupervisorRequired");
        RuleFor(x => x.SupervisorId).Null().When(x => x.Role != Roles.Supervisor).WithMessageKey("Accounts.SupervisorOnlyForSupervisor");
        RuleFor(x => x.SupervisorId).MustAsync((id, ct) => db.Supervisors.AnyAsync(s => s.Id == id, ct)).When(x => x.SupervisorId is not null)
            .WithMessageKey("Accounts.SupervisorUnknown");
    }
}
