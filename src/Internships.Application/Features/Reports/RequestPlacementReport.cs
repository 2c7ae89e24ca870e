using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// Asks for a placement's PDF report; a background job produces it. While one is already queued or running for the
/// placement, that one is answered instead of queueing another.
/// </summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record RequestPlacementReportCommand(int PlacementId) : ICommand<ReportDto>;

public sealed class RequestPlacementReportAuthorizer(RecordAccess access) : IResourceAuthorizer<RequestPlacementReportCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RequestPlacementReportCommand request, CancellationToken cancellationToken) =>
        access.ToViewPlacementAsync(request.PlacementId, cancellationToken);
}

public sealed class RequestPlacementReportHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<RequestPlacementReportCommand, ReportDto>
{
    public async ValueTask<ReportDto> Handle(RequestPlacementReportCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Placements.AnyAsync(p => p.Id == command.PlacementId, cancellationToken))
        {
            throw NotFoundException.For("Placement", command.PlacementId);
        }

        var pending = await db.Reports.AsNoTracking().Pending()
            .Where(r => r.Kind == ReportKind.Placement && r.PlacementId == command.PlacementId)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return (await db.ToDtosAsync([pending], user, cancellationToken)).Single();
        }

        var report = Report.ForPlacement(command.PlacementId, user.UserName ?? "unknown", user.UserId, clock.UtcNow);
        db.Reports.Add(report);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([report], user, cancellationToken)).Single();
    }
}
