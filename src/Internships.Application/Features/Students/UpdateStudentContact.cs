using System.Text.Json.Serialization;

namespace Internships.Application.Features.Students;

/// <summary>A coordinator corrects a student's contact: a new phone number, another language, no longer the emergency contact.</summary>
[Authorize(Roles.Coordinator)]
public sealed record UpdateStudentContactCommand : StudentContactFields, ICommand<StudentDto>
{
    [JsonIgnore]
    public int StudentId { get; init; }

    [JsonIgnore]
    public int ContactId { get; init; }
}

public sealed class UpdateStudentContactValidator : AbstractValidator<UpdateStudentContactCommand>
{
    public UpdateStudentContactValidator() => Include(new StudentContactFieldsValidator());
}

public sealed class UpdateStudentContactHandler(IAppDbContext db) : ICommandHandler<UpdateStudentContactCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(UpdateStudentContactCommand command, CancellationToken cancellationToken)
    {
        var student = await db.LoadStudentWithContactsAsync(command.StudentId, cancellationToken, command.ContactId);
        student.UpdateContact(command.ContactId, command.ToDetails());
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
