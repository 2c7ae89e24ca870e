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
        RuleFor(x => x.FirstName).NotEmpty().WithMessageKey("Students.FirstNameRequired")
            .MaximumLength(StudentRules.MaxNameLength).WithMessageKey("Students.FirstNameTooLong");
        RuleFor(x => x.LastName).NotEmpty().WithMessageKey("Students.LastNameRequired")
            .MaximumLength(StudentRules.MaxNameLength).WithMessageKey("Students.LastNameTooLong");
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Students.EmailRequired")
            .MaximumLength(StudentRules.MaxEmailLength).WithMessageKey("Students.EmailTooLong")
            .EmailAddress().WithMessageKey("Students.EmailFormat");
        RuleFor(x => x.Grade).InclusiveBetween(Grades.Lowest, Grades.Highest).WithMessageKey("Students.Grade");
        RuleFor(x => x.DateOfBirth).Cascade(CascadeMode.Stop)
            .NotEqual(default(DateOnly)).WithMessageKey("Students.DateOfBirthRequired")
            .Must(dob => StudentRules.HasStudentAge(dob, clock.Today)).WithMessage(_ => StudentRules.AgeRange());
        RuleFor(x => x.SchoolId).Cascade(CascadeMode.Stop)
            .GreaterThan(0).WithMessageKey("Students.SchoolRequired")
            .MustAsync((id, ct) => db.Schools.AnyAsync(s => s.Id == id, ct))
            .WithMessageKey("Students.SchoolOfDistrict");
    }
}
