using FluentValidation;
using FluentValidation.Results;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Users;

/// <summary>
/// An administrator opens an account in one role. Student, employer admin and supervisor accounts are linked to
/// the record they act for; that link is what limits them to their own data.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record CreateUserCommand(string Email, string Password, string Role, int? StudentId, int? EmployerId, int? SupervisorId)
    : ICommand<AccountDto>;

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator(IAppDbContext db)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(x => x.Password).NotEmpty().MaximumLength(128);
        RuleFor(x => x.Role).Must(r => Roles.All.Contains(r)).WithMessage($"'Role' must be one of {string.Join(", ", Roles.All)}.");

        RuleFor(x => x.StudentId).NotNull().When(x => x.Role == Roles.Student).WithMessage("A student account needs the student it belongs to.");
        RuleFor(x => x.StudentId).Null().When(x => x.Role != Roles.Student).WithMessage("Only a student account links to a student.");
        RuleFor(x => x.StudentId).MustAsync((id, ct) => db.Students.AnyAsync(s => s.Id == id, ct)).When(x => x.StudentId is not null)
            .WithMessage("Student {PropertyValue} does not exist.");

        RuleFor(x => x.EmployerId).NotNull().When(x => x.Role == Roles.EmployerAdmin).WithMessage("An employer admin account needs its employer.");
        RuleFor(x => x.EmployerId).Null().When(x => x.Role is not (Roles.EmployerAdmin or Roles.Supervisor))
            .WithMessage("Only employer staff accounts link to an employer.");
        RuleFor(x => x.EmployerId).MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct)).When(x => x.EmployerId is not null)
            .WithMessage("Employer {PropertyValue} does not exist.");

        RuleFor(x => x.SupervisorId).NotNull().When(x => x.Role == Roles.Supervisor).WithMessage("A supervisor account needs the supervisor it belongs to.");
        RuleFor(x => x.SupervisorId).Null().When(x => x.Role != Roles.Supervisor).WithMessage("Only a supervisor account links to a supervisor.");
        RuleFor(x => x.SupervisorId).MustAsync((id, ct) => db.Supervisors.AnyAsync(s => s.Id == id, ct)).When(x => x.SupervisorId is not null)
            .WithMessage("Supervisor {PropertyValue} does not exist.");
    }
}

public sealed class CreateUserHandler(IAppDbContext db, IIdentityService identity) : ICommandHandler<CreateUserCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        if (await identity.EmailInUseAsync(email, cancellationToken))
        {
            throw new ConflictException($"An account for {email} already exists.");
        }

        // A supervisor's account also carries their employer, so they see their organisation's postings.
        var employerId = command.Role == Roles.Supervisor
            ? await db.Supervisors.Where(s => s.Id == command.SupervisorId).Select(s => (int?)s.EmployerId).FirstAsync(cancellationToken)
            : command.EmployerId;

        var result = await identity.CreateAccountAsync(
            new NewAccount(email, command.Password, command.Role, command.StudentId, employerId, command.SupervisorId), cancellationToken);
        if (!result.Succeeded)
        {
            throw new ValidationException(result.PasswordErrors.Select(e => new ValidationFailure(nameof(command.Password), e)));
        }

        return (await identity.FindAccountAsync(result.UserId!.Value, cancellationToken))!;
    }
}
