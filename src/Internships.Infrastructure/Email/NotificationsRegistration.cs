using Internships.Application.Features.Notifications;
using Internships.Infrastructure.Badges;
using Internships.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Internships.Infrastructure.Email;

public static class NotificationsRegistration
{
    /// <summary>The outbox's settings, the mail transport (SMTP, or .eml files when no host is set) and the dispatcher.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddValidatedOptions<SmtpOptions>(configuration, SmtpOptions.Section);
        services.AddValidatedOptions<NotificationOptions>(configuration, NotificationOptions.Section);

        services.AddSingleton(sp =>
        {
            var notifications = sp.GetRequiredService<IOptions<NotificationOptions>>().Value;
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>().Value;
            var badges = sp.GetRequiredService<IOptions<OpenBadgesOptions>>().Value;
            var district = sp.GetRequiredService<IOptions<DistrictOptions>>().Value;
            var from = MailboxAddress.Parse(smtp.From);
            var baseUrl = notifications.BaseUrl ?? badges.PublicBaseUrl;
            var domain = from.Domain is { Length: > 0 } d ? d : new Uri(baseUrl).Host;
            return new NotificationSettings(district.Name, notifications.ContactEmail ?? badges.IssuerEmail,
                notifications.ContactPhone, baseUrl, domain);
        });

        services.AddSingleton<IMailTransport>(sp =>
        {
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>();
            if (!string.IsNullOrWhiteSpace(smtp.Value.Host))
            {
                return new SmtpMailTransport(smtp);
            }

            var folder = smtp.Value.PickupDirectory;
            return new PickupDirectoryTransport(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));
        });
        services.AddScoped<NotificationDispatcher>();
        services.AddScoped<INotificationDelivery>(sp => sp.GetRequiredService<NotificationDispatcher>());
        return services;
    }
}
