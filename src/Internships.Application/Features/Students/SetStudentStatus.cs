using System.Text.Json.Serialization;

namespace Internships.Application.Features.Students;

/// <summary>
/// A coordinator marks a student no longer enrolled in the district (moved away, graduated) or enrolled again. Their
/// records stay; an inactive student cannot apply, and their placements, hours and badges are kept as they are.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record SetStudentStatusCommand(bool IsActive) : ICommand<StudentDto>, IHasExpectedVersion
{
    [JsonIgnore]
    public int StudentId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Students.Student>(StudentId);
}

public sealed class SetStudentStatusHandler(IAppDbContext db) : ICommandHandler<SetStudentStatusCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(SetStudentStatusCommand command, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", command.StudentId);
        student.SetActive(command.IsActive);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
