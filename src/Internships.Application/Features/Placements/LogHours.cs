using System.Text.Json.Serialization;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>The intern logs a day's hours and what they did, for their supervisor to approve.</summary>
[Authorize(Roles.Student)]
public sealed record LogHoursCommand(DateOnly WorkDate, decimal Hours, string Tasks) : ICommand<TimesheetEntryDto>, ITimesheetFields
{
    [JsonIgnore]
    public int PlacementId { get; init; }
}

public sealed class LogHoursValidator : AbstractValidator<LogHoursCommand>
{
    public LogHoursValidator() => Include(new TimesheetFieldsValidator());
}

public sealed class LogHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<LogHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(LogHoursCommand request, CancellationToken cancellationToken) =>
        access.ToActAsInternAsync(request.PlacementId, cancellationToken);
}

public sealed class LogHoursHandler(IAppDbContext db, IClock clock) : ICommandHandler<LogHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(LogHoursCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        await DailyLimit.EnsureRoomAsync(db, placement.Id, command.WorkDate, command.Hours, exceptEntryId: null, cancellationToken);

        var entry = TimesheetEntry.Log(placement, command.WorkDate, command.Hours, command.Tasks, clock.Today, clock.UtcNow);
        db.TimesheetEntries.Add(entry);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return TimesheetEntryDto.From(entry);
    }
}
