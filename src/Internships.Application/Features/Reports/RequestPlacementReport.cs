using System.Globalization;
using Internships.Domain.Reports;

namespace Internships.Application.Features.Reports;

/// <summary>
/// Asks for a placement's PDF report; a background job produces it. While one is already queued or running for the
/// placement in the same language, that one is answered instead of queueing another. The report is written in
/// <see cref="Language"/> when given, else in the language of the page or client that asks.
/// </summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record RequestPlacementReportCommand(int PlacementId) : ICommand<ReportDto>
{
    /// <summary>"en-US" or "es-US" ("es", "en" and the like read as those); null for the asker's language.</summary>
    public string? Language { get; init; }
}

public sealed class RequestPlacementReportValidator : AbstractValidator<RequestPlacementReportCommand>
{
    public RequestPlacementReportValidator() =>
        RuleFor(x => x.Language).Must(l => Languages.Match(l) is not null).When(x => x.Language is not null).WithMessageKey("Reports.LanguageOneOf");
}

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

        var language = Languages.Match(command.Language) ?? Languages.Match(CultureInfo.CurrentUICulture.Name) ?? Languages.Default;
        var pending = await db.Reports.AsNoTracking().Pending()
            .Where(r => r.Kind == ReportKind.Placement && r.PlacementId == command.PlacementId && r.Language == language)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is not null)
        {
            return (await db.ToDtosAsync([pending], user, cancellationToken)).Single();
        }

        var report = Report.ForPlacement(command.PlacementId, user.UserName ?? "unknown", user.UserId, clock.UtcNow, language);
        db.Reports.Add(report);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return (await db.ToDtosAsync([report], user, cancellationToken)).Single();
    }
}
