using Internships.Application.Common.Files;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Placements;

/// <summary>A coordinator uploads the signed copy (a PDF) of a document already recorded on the placement, or replaces it.</summary>
[Authorize(Roles.Coordinator)]
public sealed record AttachPlacementDocumentFileCommand(int PlacementId, PlacementDocumentType Type, UploadedFile File) : ICommand<PlacementDto>;

public sealed class AttachPlacementDocumentFileValidator : AbstractValidator<AttachPlacementDocumentFileCommand>
{
    public AttachPlacementDocumentFileValidator()
    {
        RuleFor(x => x.Type).IsInEnum().WithMessageKey("Placements.ChooseDocument");
        RuleFor(x => x.File).NotNull().WithMessageKey("Placements.FileRequired").SignedPdf("Uploads.SignedDocument");
    }
}

public sealed class AttachPlacementDocumentFileHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<AttachPlacementDocumentFileCommand, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(AttachPlacementDocumentFileCommand command, CancellationToken cancellationToken)
    {
        var placement = await db.LoadPlacementAsync(command.PlacementId, cancellationToken);
        var file = db.StorePdf(command.File, user, clock.UtcNow);
        await db.RemoveStoredFileAsync(placement.AttachDocumentFile(command.Type, file.Id, user.AccountName(), clock.UtcNow), cancellationToken);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPlacementAsync(placement.Id, cancellationToken);
    }
}
