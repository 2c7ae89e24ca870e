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
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the e-mail address.")
            .MaximumLength(254).WithMessage("An e-mail address is at most 254 characters.")
            .EmailAddress().WithMessage("Enter an e-mail address like name@example.org.");
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessage("Choose one of the roles offered.");

        RuleFor(x => x.StudentId).NotNull().When(x => x.Role == Roles.Student).WithMessage("A student account needs the student it belongs to.");
        RuleFor(x => x.StudentId).Null().When(x => x.Role != Roles.Student).WithMessage("Only a student account links to a student.");
        RuleFor(x => x.StudentId).MustAsync((id, ct) => db.Students.AnyAsync(s => s.Id == id, ct)).When(x => x.StudentId is not null)
            .WithMessage("Choose one of the district's students.");

        RuleFor(x => x.EmployerId).NotNull().When(x => x.Role == Roles.EmployerAdmin).WithMessage("An employer admin account needs its employer.");
        RuleFor(x => x.EmployerId).Null().When(x => x.Role is not (Roles.EmployerAdmin or Roles.Supervisor))
            .WithMessage("Only employer staff accounts link to an employer.");
        RuleFor(x => x.EmployerId).MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct)).When(x => x.EmployerId is not null)
            .WithMessage("Choose one of the district's employers.");

        RuleFor(x => x.SupervisorId).NotNull().When(x => x.Role == Roles.Supervisor).WithMessage("A supervisor account needs the supervisor it belongs to.");
        RuleFor(x => x.SupervisorId).Null().When(x => x.Role != Roles.Supervisor).WithMessage("Only a supervisor account links to a supervisor.");
        RuleFor(x => x.SupervisorId).MustAsync((id, ct) => db.Supervisors.AnyAsync(s => s.Id == id, ct)).When(x => x.SupervisorId is not null)
            .WithMessage("Choose one of the employer's supervisors.");
    }
}
