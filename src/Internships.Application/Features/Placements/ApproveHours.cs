using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;

namespace Internships.Application.Features.Placements;

/// <summary>The intern's own supervisor approves a day's hours.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ApproveHoursCommand(int EntryId) : ICommand<TimesheetEntryDto>, ITimesheetEntryRequest;

public sealed class ApproveHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ApproveHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ApproveHoursCommand request, CancellationToken cancellationToken) =>
        access.ForEntryAsync(request.EntryId, access.ToSuperviseAsync, cancellationToken);
}

public sealed class ApproveHoursHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ApproveHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(ApproveHoursCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.LoadTimesheetEntryAsync(command.EntryId, cancellationToken);
        entry.Approve(user.SupervisorId!.Value, clock.UtcNow);
        return TimesheetEntryDto.From(entry);
    }
}
