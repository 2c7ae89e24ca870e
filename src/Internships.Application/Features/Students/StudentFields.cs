using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Common;
using Microsoft.EntityFrameworkCore;

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
        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(StudentRules.MaxNameLength);
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(StudentRules.MaxNameLength);
        RuleFor(x => x.Email).NotEmpty().MaximumLength(StudentRules.MaxEmailLength).EmailAddress();
        RuleFor(x => x.Grade).InclusiveBetween(Grades.Lowest, Grades.Highest);
        RuleFor(x => x.DateOfBirth).Must(dob => StudentRules.HasStudentAge(dob, clock.Today)).WithMessage(StudentRules.AgeRange);
        RuleFor(x => x.SchoolId)
            .MustAsync((id, ct) => db.Schools.AnyAsync(s => s.Id == id, ct))
            .WithMessage("School {PropertyValue} does not exist.");
    }
}
