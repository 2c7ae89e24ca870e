using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>The signed-in person turns non-essential e-mail off, or on again.</summary>
public sealed record SetMyNotificationPreferencesCommand(bool ReceiveNonEssential) : ICommand<NotificationPreferencesDto>;

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

        return NotificationPreferencesDto.For(email, command.ReceiveNonEssential);
    }
}
