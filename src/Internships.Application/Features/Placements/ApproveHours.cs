namespace Internships.Application.Features.Placements;

/// <summary>
/// The intern's own supervisor approves a day's hours; a coordinator may approve them on the supervisor's behalf when the
/// supervisor cannot, and the entry records who did.
/// </summary>
[Authorize(Roles.Supervisor, Roles.Coordinator)]
public sealed record ApproveHoursCommand(int EntryId) : ICommand<TimesheetEntryDto>, ITimesheetEntryRequest;

public sealed class ApproveHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ApproveHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ApproveHoursCommand request, CancellationToken cancellationToken) =>
        access.ForEntryAsync(request.EntryId, access.ToSuperviseOrStandInAsync, cancellationToken);
}

public sealed class ApproveHoursHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ApproveHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(ApproveHoursCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.LoadTimesheetEntryAsync(command.EntryId, cancellationToken);
        var placement = await db.LoadPlacementAsync(entry.PlacementId, cancellationToken);
        HoursApproval.Approve(entry, placement, user, clock.UtcNow);
        return TimesheetEntryDto.From(entry);
    }
}
