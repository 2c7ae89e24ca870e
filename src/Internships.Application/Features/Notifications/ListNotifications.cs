using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

public sealed record NotificationDto(
    long Id,
    NotificationKind Kind,
    bool IsEssential,
    string RecipientEmail,
    string Subject,
    NotificationStatus Status,
    int Attempts,
    string? LastError,
    string MessageId,
    DateTime CreatedAt,
    DateTime NextAttemptAt,
    DateTime? SentAt);

/// <summary>The notification log, newest first, for coordinators: what went, what waits, what failed and why.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ListNotificationsQuery(NotificationStatus? Status = null, string? Recipient = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<NotificationDto>>, IPagedRequest;

public sealed class ListNotificationsHandler(IAppDbContext db) : IQueryHandler<ListNotificationsQuery, PagedResult<NotificationDto>>
{
    public async ValueTask<PagedResult<NotificationDto>> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var notifications = db.Notifications.AsNoTracking();
        if (query.Status is { } status)
        {
            notifications = notifications.Where(n => n.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Recipient))
        {
            var recipient = query.Recipient.Trim();
            notifications = notifications.Where(n => n.RecipientEmail == recipient);
        }

        return await notifications.OrderByDescending(n => n.Id)
            .Select(n => new NotificationDto(n.Id, n.Kind, n.IsEssential, n.RecipientEmail, n.Subject, n.Status, n.Attempts, n.LastError,
                n.MessageId, n.CreatedAt, n.NextAttemptAt, n.SentAt))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
