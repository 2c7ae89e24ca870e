using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>The signed-in person's e-mail preferences.</summary>
public sealed record GetMyNotificationPreferencesQuery : IQuery<NotificationPreferencesDto>;

public sealed class GetMyNotificationPreferencesHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyNotificationPreferencesQuery, NotificationPreferencesDto>
{
    public async ValueTask<NotificationPreferencesDto> Handle(GetMyNotificationPreferencesQuery query, CancellationToken cancellationToken)
    {
        var email = NotificationPreference.Normalize(user.UserName!);
        var preference = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.Email == email, cancellationToken);
        return NotificationPreferencesDto.For(email, preference?.ReceiveNonEssential ?? true);
    }
}
