using Internships.Application.Common.Interfaces;
using Internships.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// What the signed-in person receives by e-mail. Non-essential messages can be turned off; the essential ones (offers,
/// deadlines, a placement starting, a returned posting) always go, and are listed so nobody is surprised.
/// </summary>
public sealed record NotificationPreferencesDto(string Email, bool ReceiveNonEssential, IReadOnlyList<NotificationKind> Essential,
    IReadOnlyList<NotificationKind> NonEssential);

public sealed record GetMyNotificationPreferencesQuery : IQuery<NotificationPreferencesDto>;

public sealed record SetMyNotificationPreferencesCommand(bool ReceiveNonEssential) : ICommand<NotificationPreferencesDto>;

public sealed class GetMyNotificationPreferencesHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyNotificationPreferencesQuery, NotificationPreferencesDto>
{
    public async ValueTask<NotificationPreferencesDto> Handle(GetMyNotificationPreferencesQuery query, CancellationToken cancellationToken)
    {
        var email = NotificationPreference.Normalize(user.UserName!);
        var preference = await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.Email == email, cancellationToken);
        return NotificationPreferencesMapping.ToDto(email, preference?.ReceiveNonEssential ?? true);
    }
}

public sealed class SetMyNotificationPreferencesHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<SetMyNotificationPreferencesCommand, NotificationPreferencesDto>
{
    public async ValueTask<NotificationPreferencesDto> Handle(SetMyNotificationPreferencesCommand command, CancellationToken cancellationToken)
    {
        var email = NotificationPreference.Normalize(user.UserName!);
        var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.Email == email, cancellationToken);
        if (preference is null)
        {
            db.NotificationPreferences.Add(new NotificationPreference(email, command.ReceiveNonEssential, clock.UtcNow));
        }
        else
        {
            preference.Change(command.ReceiveNonEssential, clock.UtcNow);
        }

        return NotificationPreferencesMapping.ToDto(email, command.ReceiveNonEssential);
    }
}

internal static class NotificationPreferencesMapping
{
    public static NotificationPreferencesDto ToDto(string email, bool receiveNonEssential)
    {
        var kinds = Enum.GetValues<NotificationKind>();
        return new NotificationPreferencesDto(email, receiveNonEssential,
            kinds.Where(NotificationRules.IsEssential).ToList(), kinds.Where(k => !NotificationRules.IsEssential(k)).ToList());
    }
}
