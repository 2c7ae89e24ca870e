using System.Net;
using System.Text;
using Internships.Domain.Notifications;

namespace Internships.Application.Features.Notifications;

/// <summary>
/// Turns a message (greeting, paragraphs, an optional list, one call to action) into the plain-text and HTML bodies,
/// both with the district's name and contact and a way to change e-mail preferences.
/// </summary>
public sealed class NotificationComposer(NotificationSettings settings)
{
    public NotificationSettings Settings => settings;

    public NotificationContent Compose(NotificationMessage message, bool essential, EmailText words)
    {
        var url = settings.Link(message.LinkPath);
        var text = new StringBuilder();
        text.AppendLine(words["Greeting", message.RecipientName]).AppendLine();
        foreach (var paragraph in message.Paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        foreach (var item in message.Items)
        {
            text.Append("  - ").AppendLine(item);
        }

        if (message.Items.Count > 0)
        {
            text.AppendLine();
        }

        text.Append(message.LinkText).Append(": ").AppendLine(url).AppendLine();
        text.AppendLine("--").AppendLine(settings.DistrictName).AppendLine(Contact(words));
        if (!essential)
        {
            text.Append(words["TurnOffText"]).Append(' ').AppendLine(settings.Link(NotificationLinks.Preferences));
        }

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(words.Culture.Name).Append("\"><head><meta charset=\"utf-8\"><title>").Append(E(message.Subject)).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,Helvetica,sans-serif;color:#222;max-width:640px\">")
            .Append("<p>").Append(E(words["Greeting", message.RecipientName])).Append("</p>");
        foreach (var paragraph in message.Paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>");
        }

        if (message.Items.Count > 0)
        {
            html.Append("<ul>");
            foreach (var item in message.Items)
            {
                html.Append("<li>").Append(E(item)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<p><a href=\"").Append(E(url)).Append("\" style=\"background:#1565c0;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px\">")
            .Append(E(message.LinkText)).Append("</a></p>")
            .Append("<hr><p style=\"font-size:12px;color:#666\">").Append(E(settings.DistrictName)).Append("<br>").Append(E(Contact(words)));
        if (!essential)
        {
            html.Append("<br><a href=\"").Append(E(settings.Link(NotificationLinks.Preferences))).Append("\">").Append(E(words["TurnOffLink"])).Append("</a>");
        }

        html.Append("</p></body></html>");
        return new NotificationContent(message.Subject, text.ToString(), html.ToString());
    }

    private string Contact(EmailText words) => settings.ContactPhone is { Length: > 0 } phone
        ? $"{words["Questions"]} {settings.ContactEmail} · {phone}"
        : $"{words["Questions"]} {settings.ContactEmail}";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}

/// <summary>A message before it is rendered.</summary>
public sealed record NotificationMessage(string RecipientName, string Subject, IReadOnlyList<string> Paragraphs, string LinkText, string LinkPath)
{
    public IReadOnlyList<string> Items { get; init; } = [];
}
