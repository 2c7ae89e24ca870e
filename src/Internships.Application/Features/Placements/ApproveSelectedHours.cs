using System.Globalization;
using System.Text.Json.Serialization;

namespace Internships.Application.Features.Placements;

/// <summary>
/// The intern's supervisor (or a coordinator on their behalf) approves several of a placement's hour entries at once, all
/// or none: one entry that cannot be approved (already reviewed, or another placement's) refuses the lot.
/// </summary>
[Authorize(Roles.Supervisor, Roles.Coordinator)]
public sealed record ApproveSelectedHoursCommand(IReadOnlyList<int> EntryIds) : ICommand<IReadOnlyList<TimesheetEntryDto>>
{
    [JsonIgnore]
    public int PlacementId { get; init; }
}

public sealed class ApproveSelectedHoursValidator : AbstractValidator<ApproveSelectedHoursCommand>
{
    /// <summary>The most entries approved in one go: a page of the timesheet.</summary>
    public const int MaxEntries = 100;

    public ApproveSelectedHoursValidator() =>
        RuleFor(x => x.EntryIds)
            .NotEmpty().WithMessageKey("Placements.ChooseHoursToApprove")
            .Must(ids => ids.Count <= MaxEntries).WithMessage(_ => string.Format(CultureInfo.CurrentCulture, ValidationText.Get("Placements.TooManyEntries"), MaxEntries))
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessageKey("Placements.EntryChosenTwice");
}

public sealed class ApproveSelectedHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ApproveSelectedHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ApproveSelectedHoursCommand request, CancellationToken cancellationToken) =>
        access.ToSuperviseOrStandInAsync(request.PlacementId, cancellationToken);
}

public sealed class ApproveSelectedHoursHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<ApproveSelectedHoursCommand, IReadOnlyList<TimesheetEntryDto>>
{
    public async ValueTask<IReadOnlyList<TimesheetEntryDto>> Handle(ApproveSelectedHoursCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        var entries = await db.TimesheetEntries.Where(t => t.PlacementId == placement.Id && command.EntryIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        var missing = command.EntryIds.Where(id => !entries.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            throw NotFoundException.For("Timesheet entry", missing[0]);
        }

        var now = clock.UtcNow;
        foreach (var id in command.EntryIds)
        {
            HoursApproval.Approve(entries[id], placement, user, now);
        }

        return command.EntryIds.Select(id => TimesheetEntryDto.From(entries[id])).OrderBy(e => e.WorkDate).ThenBy(e => e.Id).ToList();
    }
}
