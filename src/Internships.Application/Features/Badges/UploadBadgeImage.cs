namespace Internships.Application.Features.Badges;

/// <summary>A coordinator uploads the badge's own PNG image (or sends none to go back to the rendered one).</summary>
[Authorize(Roles.Coordinator)]
public sealed record UploadBadgeImageCommand(int BadgeClassId, byte[]? Png) : ICommand<BadgeClassDto>;

public sealed class UploadBadgeImageValidator : AbstractValidator<UploadBadgeImageCommand>
{
    public const int MaxBytes = 512 * 1024;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public UploadBadgeImageValidator() =>
        RuleFor(x => x.Png)
            .Must(png => png is null || png.Length == 0 || png.AsSpan().StartsWith(PngSignature)).WithMessageKey("Badges.ImageNotPng")
            .Must(png => png is null || png.Length <= MaxBytes).WithMessage(_ => ValidationText.Format("Badges.ImageTooLarge", MaxBytes / 1024));
}

public sealed class UploadBadgeImageHandler(IAppDbContext db, IOpenBadges openBadges) : ICommandHandler<UploadBadgeImageCommand, BadgeClassDto>
{
    public async ValueTask<BadgeClassDto> Handle(UploadBadgeImageCommand command, CancellationToken cancellationToken)
    {
        var badge = await db.BadgeClasses.FirstOrDefaultAsync(b => b.Id == command.BadgeClassId, cancellationToken)
            ?? throw NotFoundException.For("Badge", command.BadgeClassId);
        badge.UseImage(command.Png is { Length: > 0 } png ? png : null);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadBadgeClassAsync(openBadges, badge.Id, cancellationToken);
    }
}
