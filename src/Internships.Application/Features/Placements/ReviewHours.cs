using System.Text.Json.Serialization;
using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Placements;

/// <summary>The intern's own supervisor approves a day's hours.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ApproveHoursCommand(int EntryId) : ICommand<TimesheetEntryDto>, ITimesheetEntryRequest;

/// <summary>The intern's own supervisor returns a day's hours with a note saying what to fix.</summary>
[Authorize(Roles.Supervisor)]
public sealed record ReturnHoursCommand(string Note) : ICommand<TimesheetEntryDto>, ITimesheetEntryRequest
{
    [JsonIgnore]
    public int EntryId { get; init; }
}

public sealed class ReturnHoursValidator : AbstractValidator<ReturnHoursCommand>
{
    public ReturnHoursValidator() => RuleFor(x => x.Note).NotEmpty().WithMessage("Say what to fix.").MaximumLength(500);
}

public sealed class ApproveHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ApproveHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ApproveHoursCommand request, CancellationToken cancellationToken) =>
        access.ForEntryAsync(request.EntryId, access.ToSuperviseAsync, cancellationToken);
}

public sealed class ReturnHoursAuthorizer(RecordAccess access) : IResourceAuthorizer<ReturnHoursCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ReturnHoursCommand request, CancellationToken cancellationToken) =>
        access.ForEntryAsync(request.EntryId, access.ToSuperviseAsync, cancellationToken);
}

public sealed class ApproveHoursHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ApproveHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(ApproveHoursCommand command, CancellationToken cancellationToken) =>
        await db.ReviewEntryAsync(command.EntryId, e => e.Approve(user.SupervisorId!.Value, clock.UtcNow), cancellationToken);
}

public sealed class ReturnHoursHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<ReturnHoursCommand, TimesheetEntryDto>
{
    public async ValueTask<TimesheetEntryDto> Handle(ReturnHoursCommand command, CancellationToken cancellationToken) =>
        await db.ReviewEntryAsync(command.EntryId, e => e.Return(user.SupervisorId!.Value, command.Note, clock.UtcNow), cancellationToken);
}

internal static class TimesheetReview
{
    public static async Task<TimesheetEntryDto> ReviewEntryAsync(this IAppDbContext db, int entryId, Action<Domain.Placements.TimesheetEntry> review,
        CancellationToken cancellationToken)
    {
        var entry = await db.TimesheetEntries.FirstOrDefaultAsync(t => t.Id == entryId, cancellationToken)
            ?? throw NotFoundException.For("Timesheet entry", entryId);
        review(entry);
        return TimesheetEntryDto.From(entry);
    }
}
