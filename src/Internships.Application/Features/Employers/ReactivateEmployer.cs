using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Employers;

/// <summary>The employer is back in the programme: the staff accounts disabled with it are enabled again (their supervisors' records permitting).</summary>
[Authorize(Roles.Coordinator)]
public sealed record ReactivateEmployerCommand(int EmployerId) : ICommand<EmployerDto>;

public sealed class ReactivateEmployerHandler(IAppDbContext db) : ICommandHandler<ReactivateEmployerCommand, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(ReactivateEmployerCommand command, CancellationToken cancellationToken)
    {
        var employer = await db.Employers.FirstOrDefaultAsync(e => e.Id == command.EmployerId, cancellationToken)
            ?? throw NotFoundException.For("Employer", command.EmployerId);
        employer.Reactivate();
        return EmployerDto.From(employer);
    }
}
