using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

/// <summary>The PNG the district draws for a badge of this name, colour and kind when no image is uploaded: the editor's preview.</summary>
[Authorize(Roles.Coordinator)]
public sealed record PreviewBadgeImageQuery(string Name, string? Color, BadgeKind Kind) : IQuery<byte[]>;

public sealed class PreviewBadgeImageValidator : AbstractValidator<PreviewBadgeImageQuery>
{
    public PreviewBadgeImageValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("Badges.NameRequired").MaximumLength(120).WithMessageKey("Badges.NameTooLong");
        RuleFor(x => x.Color).Matches("^#[0-9A-Fa-f]{6}$").WithMessageKey("Badges.PreviewColourFormat");
        RuleFor(x => x.Kind).IsInEnum().WithMessageKey("Badges.KindRequired");
    }
}

public sealed class PreviewBadgeImageHandler(IOpenBadges openBadges) : IQueryHandler<PreviewBadgeImageQuery, byte[]>
{
    public ValueTask<byte[]> Handle(PreviewBadgeImageQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(openBadges.PreviewImage(query.Name.Trim(), query.Color ?? BadgeClassFieldsExtensions.DefaultColor, query.Kind));
}
