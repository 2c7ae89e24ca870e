using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Employers;

/// <summary>
/// The employer leaves the programme: its record stays (with its postings, placements and badges), and the accounts of
/// its admins and supervisors are disabled, their sessions ended, in the same transaction.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record DeactivateEmployerCommand(int EmployerId) : ICommand<EmployerDto>;

public sealed class DeactivateEmployerHandler(IAppDbContext db) : ICommandHandler<DeactivateEmployerCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(DeactivateEmployerCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == command.EmployerId, cancellationToken)
            ?? throw NotFoundException.For("Employer", command.EmployerId);
        employer.Deactivate();
        return EmployerDto.From(employer);
    }
}
