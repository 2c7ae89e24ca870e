namespace Internships.Domain.Notifications;

/// <summary>
/// A person's choice about e-mail, kept by address (the address messages go to). Essential messages go whatever it says.
/// </summary>
public sealed class NotificationPreference
{
    private NotificationPreference() { }

    public NotificationPreference(string email, bool receiveNonEssential, DateTime now)
    {
        Email = Normalize(email);
        ReceiveNonEssential = receiveNonEssential;
        UpdatedAt = now;
    }

    public int Id { get; private set; }

    /// <summary>The address, trimmed and lower-cased.</summary>
    public string Email { get; private set; } = "";

    public bool ReceiveNonEssential { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public void Change(bool receiveNonEssential, DateTime now)
    {
        ReceiveNonEssential = receiveNonEssential;
        UpdatedAt = now;
    }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
