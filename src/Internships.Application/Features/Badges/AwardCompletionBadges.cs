using Internships.Domain.Placements;

namespace Internships.Application.Features.Badges;

/// <summary>A completed placement earns its badges in the same transaction as the completion: neither without the other.</summary>
public sealed class AwardCompletionBadges(PlacementBadgeAwarder awarder) : INotificationHandler<PlacementCompleted>
{
    public async ValueTask Handle(PlacementCompleted notification, CancellationToken cancellationToken) =>
        await awarder.AddNewAwardsAsync(notification.Placement.Id, notification.Placement.CompletedAt, cancellationToken);
}
