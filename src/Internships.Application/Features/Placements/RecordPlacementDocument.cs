using System.Text.Json.Serialization;
using Internships.Application.Common.Files;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>
/// A coordinator records a document they have verified (work permit, guardian consent, training agreement), with the
/// date on it, its expiry when it has one (a work permit), and the signed copy as a PDF when the page uploads it; the
/// last one missing activates the placement. Recording a type again corrects it.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record RecordPlacementDocumentCommand(PlacementDocumentType Type, DateOnly ReceivedOn, DateOnly? ExpiresOn = null) : ICommand<PlacementDto>
{
    [JsonIgnore]
    public int PlacementId { get; init; }

    /// <summary>The signed copy, uploaded with the page's form (through the API: <see cref="AttachPlacementDocumentFileCommand"/>).</summary>
    [JsonIgnore]
    public UploadedFile? File { get; init; }
}

public sealed class RecordPlacementDocumentValidator : AbstractValidator<RecordPlacementDocumentCommand>
{
    public RecordPlacementDocumentValidator(IClock clock)
    {
        RuleFor(x => x.Type).IsInEnum().WithMessageKey("Placements.ChooseDocument");
        RuleFor(x => x.ReceivedOn).Cascade(CascadeMode.Stop)
            .NotEqual(default(DateOnly)).WithMessageKey("Placements.ReceivedOnRequired")
            .LessThanOrEqualTo(_ => clock.Today).WithMessageKey("Placements.ReceivedOnInFuture")
            .GreaterThan(_ => clock.Today.AddYears(-2)).WithMessageKey("Placements.ReceivedOnTooOld");
        RuleFor(x => x.ExpiresOn).GreaterThan(x => x.ReceivedOn).When(x => x.ExpiresOn is not null && x.ReceivedOn != default)
            .WithMessageKey("Placements.ExpiresBeforeReceived");
        RuleFor(x => x.File).SignedPdf("Uploads.SignedDocument");
    }
}

public sealed class RecordPlacementDocumentHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<RecordPlacementDocumentCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(RecordPlacementDocumentCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        var file = command.File is { } upload ? db.StorePdf(upload, user, clock.UtcNow) : null;
        var replaced = placement.RecordDocument(command.Type, command.ReceivedOn, command.ExpiresOn, user.AccountName(), clock.UtcNow, file?.Id);
        await db.RemoveStoredFileAsync(replaced, cancellationToken);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPlacementAsync(placement.Id, cancellationToken);
    }
}
