using Internships.Domain.Common;
using Internships.Domain.Students;

namespace Internships.Application.Features.Students;

[Authorize(Roles.Coordinator)]
public sealed record CreateStudentCommand(
    string SisId, string FirstName, string LastName, string Email, int Grade, DateOnly DateOfBirth, int SchoolId)
    : ICommand<StudentDto>, IStudentFields;

public sealed class CreateStudentValidator : AbstractValidator<CreateStudentCommand>
{
    public CreateStudentValidator(IAppDbContext db, IClock clock)
    {
        RuleFor(x => x.SisId).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Students.SisIdRequired")
            .MaximumLength(StudentRules.MaxSisIdLength).WithMessageKey("Students.SisIdTooLong")
            .Matches("^[A-Za-z0-9-]+$").WithMessageKey(StudentRules.SisIdFormat);
        Include(new StudentFieldsValidator(db, clock));
    }
}

public sealed class CreateStudentHandler(IAppDbContext db) : ICommandHandler<CreateStudentCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(CreateStudentCommand command, CancellationToken cancellationToken)
    {
        var sisId = command.SisId.Trim();
        if (await db.Students.AnyAsync(s => s.SisId == sisId, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Students.SisIdExists, $"A student with SIS id {sisId} already exists.", sisId);
        }

        var student = new Student(sisId, command.FirstName, command.LastName, command.Email, command.Grade, command.DateOfBirth, command.SchoolId);
        db.Students.Add(student);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
