namespace Internships.Application.Common.Interfaces;

public static class CurrentUserName
{
    /// <summary>Who did it, as records show it: the account's name (its e-mail address).</summary>
    public static string AccountName(this ICurrentUser user) => user.UserName ?? $"user {user.UserId}";
}
