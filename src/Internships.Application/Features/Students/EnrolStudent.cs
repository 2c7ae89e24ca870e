using System.Text.Json.Serialization;

namespace Internships.Application.Features.Students;

/// <summary>Enrols a student in a career pathway (from today unless another date is given).</summary>
[Authorize(Roles.Coordinator)]
public sealed record EnrolStudentCommand(int PathwayId, DateOnly? EnrolledOn) : ICommand<StudentDto>
{
    [JsonIgnore]
    public int StudentId { get; init; }
}

public sealed class EnrolStudentValidator : AbstractValidator<EnrolStudentCommand>
{
    public EnrolStudentValidator(IAppDbContext db, IClock clock)
    {
        RuleFor(x => x.PathwayId).Cascade(CascadeMode.Stop)
            .GreaterThan(0).WithMessageKey("Students.PathwayRequired")
            .MustAsync((id, ct) => db.Pathways.AnyAsync(p => p.Id == id, ct))
            .WithMessageKey("Students.PathwayOfDistrict");
        RuleFor(x => x.EnrolledOn).LessThanOrEqualTo(_ => clock.Today).WithMessageKey("Students.EnrolledInFuture");
    }
}

public sealed class EnrolStudentHandler(IAppDbContext db, IClock clock) : ICommandHandler<EnrolStudentCommand, StudentDto>
{
    public async ValueTask<StudentDto> Handle(EnrolStudentCommand command, CancellationToken cancellationToken)
    {
        var student = await db.Students.Include(s => s.Enrolments).FirstOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", command.StudentId);
        student.Enrol(command.PathwayId, command.EnrolledOn ?? clock.Today);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadStudentAsync(student.Id, cancellationToken);
    }
}
