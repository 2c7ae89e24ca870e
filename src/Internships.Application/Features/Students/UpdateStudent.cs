using System.Text.Json.Serialization;

namespace Internships.Application.Features.Students;

/// <summary>Corrects a student's record, moves them to another grade or school, or marks them no longer enrolled.</summary>
[Authorize(Roles.Coordinator)]
public sealed record UpdateStudentCommand(
    string FirstName, string LastName, string Email, int Grade, DateOnly DateOfBirth, int SchoolId, bool IsActive)
    : ICommand<StudentDto>, IHasExpectedVersion, IStudentFields
{
    [JsonIgnore]
    public int StudentId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Students.Student>(StudentId);
}

public sealed class UpdateStudentValidator : AbstractValidator<UpdateStudentCommand>
{
    public UpdateStudentValidator(IAppDbContext db, IClock clock) => Include(new StudentFieldsValidator(db, clock));
}

public sealed class UpdateStudentHandler(IAppDbContext db) : ICommandHandler<UpdateStudentCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(UpdateStudentCommand command, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", command.StudentId);
        student.Update(command.FirstName, command.LastName, command.Email, command.Grade, command.DateOfBirth, command.SchoolId, command.IsActive);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
