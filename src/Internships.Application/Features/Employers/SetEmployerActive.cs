namespace Internships.Application.Features.Employers;

/// <summary>
/// The employer leaves the programme, or comes back. Leaving, its record stays (with its postings, placements and badges)
/// and the accounts of its admins and supervisors are disabled, their sessions ended, in the same transaction; coming
/// back, the staff accounts disabled with it are enabled again (their supervisors' records permitting).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record SetEmployerActiveCommand(int EmployerId, bool IsActive) : ICommand<EmployerDto>;

public sealed class SetEmployerActiveHandler(IAppDbContext db) : ICommandHandler<SetEmployerActiveCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(SetEmployerActiveCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == command.EmployerId, cancellationToken)
            ?? throw NotFoundException.For("Employer", command.EmployerId);
        if (command.IsActive)
        {
            employer.Reactivate();
        }
        else
        {
            employer.Deactivate();
        }

        return EmployerDto.From(employer);
    }
}
