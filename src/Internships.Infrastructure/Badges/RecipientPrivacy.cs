using System.Text.RegularExpressions;
using Internships.Domain.Badges;

namespace Internships.Infrastructure.Badges;

/// <summary>
/// Keeps the recipient's name out of public documents unless they chose to show it. Evidence text is written by
/// people (a supervisor's testimonial, a coordinator's note), so it may name the student: the full name and each
/// part of it, as whole words, are replaced. A best effort for free text, not a guarantee about nicknames.
/// </summary>
internal static class RecipientPrivacy
{
    public const string Withheld = "[name withheld]";

    public static string? Redact(string? text, BadgeAward award)
    {
        if (award.ShowRecipientName || string.IsNullOrEmpty(text) || string.IsNullOrWhiteSpace(award.RecipientName))
        {
            return text;
        }

        var name = award.RecipientName.Trim();
        var redacted = Regex.Replace(text, Regex.Escape(name), Withheld, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var part in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2))
        {
            // Names are capitalised where they are names; matching case avoids "Will" turning every "will" into a gap.
            redacted = Regex.Replace(redacted, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(part)}(?![\p{{L}}\p{{N}}])", Withheld,
                RegexOptions.CultureInvariant);
        }

        return redacted;
    }
}
