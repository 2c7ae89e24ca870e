namespace Internships.Application.Features.Students;

/// <summary>A coordinator removes a contact from a student's record (they moved away, the student turned 18…).</summary>
[Authorize(Roles.Coordinator)]
public sealed record RemoveStudentContactCommand(int StudentId, int ContactId) : ICommand<StudentDto>;

public sealed class RemoveStudentContactHandler(IAppDbContext db) : ICommandHandler<RemoveStudentContactCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(RemoveStudentContactCommand command, CancellationToken cancellationToken)
    {
        var student = await db.LoadStudentWithContactsAsync(command.StudentId, cancellationToken, command.ContactId);
        student.RemoveContact(command.ContactId);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
