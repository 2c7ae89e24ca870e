using System.Text.Json.Serialization;
using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Placements;
using Mediator;

namespace Internships.Application.Features.Placements;

/// <summary>
/// A coordinator records a document they have verified (work permit, guardian consent, training agreement);
/// the last one missing activates the placement. Recording a type again corrects it.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RecordPlacementDocumentCommand(PlacementDocumentType Type, DateOnly ReceivedOn) : ICommand<PlacementDto>
{
    [JsonIgnore]
    public int PlacementId { get; init; }
}

public sealed class RecordPlacementDocumentValidator : AbstractValidator<RecordPlacementDocumentCommand>
{
    public RecordPlacementDocumentValidator(IClock clock)
    {
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.ReceivedOn).LessThanOrEqualTo(_ => clock.Today).WithMessage("'Received On' cannot be in the future.")
            .GreaterThan(_ => clock.Today.AddYears(-2)).WithMessage("'Received On' is too long ago to be current.");
    }
}

public sealed class RecordPlacementDocumentHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<RecordPlacementDocumentCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(RecordPlacementDocumentCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        placement.RecordDocument(command.Type, command.ReceivedOn, user.UserName ?? $"user {user.UserId}", clock.UtcNow);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPlacementAsync(placement.Id, cancellationToken);
    }
}
