namespace Internships.Application.Features.Students;

/// <summary>Ends a student's enrolment in a pathway today; the enrolment stays on their record.</summary>
[Authorize(Roles.Coordinator)]
public sealed record EndEnrolmentCommand(int StudentId, int PathwayId) : ICommand;

public sealed class EndEnrolmentHandler(IAppDbContext db, IClock clock) : ICommandHandler<EndEnrolmentCommand>
{
    public async ValueTask<Unit> Handle(EndEnrolmentCommand command, CancellationToken cancellationToken)
    {
        var student = await db.Students.Include(s => s.Enrolments).FirstOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken)
            ?? throw NotFoundException.For("Student", command.StudentId);
        if (student.Enrolments.All(e => e.PathwayId != command.PathwayId || !e.IsActive))
        {
            throw NotFoundException.For("Enrolment in pathway", command.PathwayId);
        }

        student.EndEnrolment(command.PathwayId, clock.Today);
        return Unit.Value;
    }
}
