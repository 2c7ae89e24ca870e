using System.Text.Json.Serialization;

namespace Internships.Application.Features.Students;

/// <summary>A coordinator adds a parent, guardian or emergency contact to a student's record.</summary>
[Authorize(Roles.Coordinator)]
public sealed record AddStudentContactCommand : StudentContactFields, ICommand<StudentDto>
{
    [JsonIgnore]
    public int StudentId { get; init; }
}

public sealed class AddStudentContactValidator : AbstractValidator<AddStudentContactCommand>
{
    public AddStudentContactValidator() => Include(new StudentContactFieldsValidator());
}

public sealed class AddStudentContactHandler(IAppDbContext db) : ICommandHandler<AddStudentContactCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(AddStudentContactCommand command, CancellationToken cancellationToken)
    {
        var student = await db.LoadStudentWithContactsAsync(command.StudentId, cancellationToken);
        student.AddContact(command.ToDetails());
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
