using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// What the signed-in person receives by e-mail. Non-essential messages can be turned off; the essential ones (offers,
/// deadlines, a placement starting, a returned posting) always go, and are listed so nobody is surprised.
/// </summary>
public sealed record NotificationPreferencesDto(string Email, bool ReceiveNonEssential, IReadOnlyList<NotificationKind> Essential,
    IReadOnlyList<NotificationKind> NonEssential)
{
    public static NotificationPreferencesDto For(string email, bool receiveNonEssential)
    {
        var kinds = Enum.GetValues<NotificationKind>();
        return new NotificationPreferencesDto(email, receiveNonEssential,
            kinds.Where(NotificationRules.IsEssential).ToList(), kinds.Where(k => !NotificationRules.IsEssential(k)).ToList());
    }
}
