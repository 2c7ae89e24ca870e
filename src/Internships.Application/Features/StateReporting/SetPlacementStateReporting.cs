using System.Text.Json.Serialization;
using Internships.Domain.StateReporting;

namespace Internships.Application.Features.StateReporting;

/// <summary>What the state report says about a placement where it differs from the district's defaults (null: the default).</summary>
public sealed record PlacementStateReportingDto(int PlacementId, bool? LeaSponsored, bool? CertifiedSupervised, string? StateCourseCode);

/// <summary>
/// A coordinator says how a placement is reported where it differs from the district's defaults: LEA-sponsored or not,
/// certified-supervised or not, and the state course code it was embedded in.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record SetPlacementStateReportingCommand(bool? LeaSponsored, bool? CertifiedSupervised, string? StateCourseCode)
    : ICommand<PlacementStateReportingDto>
{
    [JsonIgnore] public int PlacementId { get; init; }
}

public sealed class SetPlacementStateReportingValidator : AbstractValidator<SetPlacementStateReportingCommand>
{
    public SetPlacementStateReportingValidator() =>
        RuleFor(x => x.StateCourseCode).Must(c => string.IsNullOrWhiteSpace(c) || StateCodes.IsStateCourseCode(c))
            .WithMessageKey("Calpads.CourseCodeFormat");
}

public sealed class SetPlacementStateReportingHandler(IAppDbContext db) : ICommandHandler<SetPlacementStateReportingCommand, PlacementStateReportingDto>
{
    public async ValueTask<PlacementStateReportingDto> Handle(SetPlacementStateReportingCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Placements.AnyAsync(p => p.Id == command.PlacementId, cancellationToken))
        {
            throw NotFoundException.For("Placement", command.PlacementId);
        }

        var reporting = await db.PlacementStateReporting.FirstOrDefaultAsync(r => r.PlacementId == command.PlacementId, cancellationToken);
        if (reporting is null)
        {
            reporting = new PlacementStateReporting(command.PlacementId);
            db.PlacementStateReporting.Add(reporting);
        }

        reporting.Set(command.LeaSponsored, command.CertifiedSupervised, command.StateCourseCode);
        return new PlacementStateReportingDto(reporting.PlacementId, reporting.LeaSponsored, reporting.CertifiedSupervised, reporting.StateCourseCode);
    }
}
