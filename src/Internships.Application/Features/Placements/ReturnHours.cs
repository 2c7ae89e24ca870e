using System.Text.Json.Serialization;

namespace Internships.Application.Features.Placements;

/// <summary>The intern's own supervisor returns a day's hours with a note saying what to fix.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ReturnHoursCommand(string Note) : ICommand<TimesheetEntryDto>, ITimesheetEntryRequest
{
    [JsonIgnore]
    public int EntryId { get; init; }
}

public sealed class ReturnHoursValidator : AbstractValidator<ReturnHoursCommand>
{
    public ReturnHoursValidator() => RuleFor(x => x.Note).NotEmpty().WithMessageKey("Placements.ReturnNoteRequired").MaximumLength(500).WithMessageKey("Placements.ReturnNoteTooLong");
}

public sealed class ReturnHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ReturnHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ReturnHoursCommand request, CancellationToken cancellationToken) =>
        access.ForEntryAsync(request.EntryId, access.ToSuperviseAsync, cancellationToken);
}

public sealed class ReturnHoursHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ReturnHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(ReturnHoursCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.LoadTimesheetEntryAsync(command.EntryId, cancellationToken);
        entry.Return(user.SupervisorId!.Value, command.Note, clock.UtcNow);
        return TimesheetEntryDto.From(entry);
    }
}
