using System.Text.Json.Serialization;

namespace Internships.Application.Features.Placements;

/// <summary>The intern corrects an entry that is not yet approved (a returned one goes back to their supervisor).</summary>
[Authorize(Roles.Student)]
public sealed record CorrectHoursCommand(DateOnly WorkDate, decimal Hours, string Tasks) : ICommand<TimesheetEntryDto>, ITimesheetFields, ITimesheetEntryRequest
{
    [JsonIgnore]
    public int EntryId { get; init; }
}

public sealed class CorrectHoursValidator : AbstractValidator<CorrectHoursCommand>
{
    public CorrectHoursValidator() => Include(new TimesheetFieldsValidator());
}

public sealed class CorrectHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<CorrectHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CorrectHoursCommand request, CancellationToken cancellationToken) =>
        access.ForEntryAsync(request.EntryId, access.ToActAsInternAsync, cancellationToken);
}

public sealed class CorrectHoursHandler(IAppDbContext db, IClock clock) : ICommandHandler<CorrectHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(CorrectHoursCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.LoadTimesheetEntryAsync(command.EntryId, cancellationToken);
        var placement = await db.LoadPlacementAsync(entry.PlacementId, cancellationToken);
        await DailyLimit.EnsureRoomAsync(db, placement.Id, command.WorkDate, command.Hours, entry.Id, cancellationToken);

        entry.Correct(placement, command.WorkDate, command.Hours, command.Tasks, clock.Today, clock.UtcNow);
        return TimesheetEntryDto.From(entry);
    }
}
