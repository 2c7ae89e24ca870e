using Internships.Domain.Common;

namespace Internships.Application.Features.Students;

/// <summary>What the district records about a student, shared by creating and updating one.</summary>
public interface IStudentFields
{
    string FirstName { get; }

    string LastName { get; }

    string Email { get; }

    int Grade { get; }

    DateOnly DateOfBirth { get; }

    int SchoolId { get; }
}

internal sealed class StudentFieldsValidator : AbstractValidator<IStudentFields>
{
    public StudentFieldsValidator(IAppDbContext db, IClock clock)
    {
        // Messages name each field as the pages label it.
        RuleFor(x => x.FirstName).NotEmpty().WithMessage("Enter the first name.")
            .MaximumLength(StudentRules.MaxNameLength).WithMessage($"The first name is at most {StudentRules.MaxNameLength} characters.");
        RuleFor(x => x.LastName).NotEmpty().WithMessage("Enter the last name.")
            .MaximumLength(StudentRules.MaxNameLength).WithMessage($"The last name is at most {StudentRules.MaxNameLength} characters.");
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the e-mail address.")
            .MaximumLength(StudentRules.MaxEmailLength).WithMessage($"The e-mail address is at most {StudentRules.MaxEmailLength} characters.")
            .EmailAddress().WithMessage("Enter an e-mail address like name@example.org.");
        RuleFor(x => x.Grade).InclusiveBetween(Grades.Lowest, Grades.Highest).WithMessage($"Choose a grade from {Grades.Lowest} to {Grades.Highest}.");
        RuleFor(x => x.DateOfBirth).Cascade(CascadeMode.Stop)
            .NotEqual(default(DateOnly)).WithMessage("Enter the date of birth.")
            .Must(dob => StudentRules.HasStudentAge(dob, clock.Today)).WithMessage(StudentRules.AgeRange);
        RuleFor(x => x.SchoolId).Cascade(CascadeMode.Stop)
            .GreaterThan(0).WithMessage("Choose the school.")
            .MustAsync((id, ct) => db.Schools.AnyAsync(s => s.Id == id, ct))
            .WithMessage("Choose one of the district's schools.");
    }
}
