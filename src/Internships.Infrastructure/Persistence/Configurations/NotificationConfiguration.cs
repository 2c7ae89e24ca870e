using Internships.Domain.Notifications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.RecipientEmail).HasMaxLength(256).IsRequired();
        builder.Property(n => n.RecipientName).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(300).IsRequired();
        builder.Property(n => n.TextBody).IsRequired();
        builder.Property(n => n.HtmlBody).IsRequired();
        builder.Property(n => n.MessageId).HasMaxLength(120).IsRequired();
        builder.Property(n => n.DeduplicationKey).HasMaxLength(200);
        builder.Property(n => n.LastError).HasMaxLength(Notification.MaxErrorLength);
        builder.HasIndex(n => n.MessageId).IsUnique();
        builder.HasIndex(n => n.DeduplicationKey).IsUnique();

        // The dispatcher's query: what is due, oldest first.
        builder.HasIndex(n => new { n.Status, n.NextAttemptAt });
        // Its "nothing older to the same address still waiting" check (NotificationRules.Due) reads one person's messages,
        // not the whole outbox history.
        builder.HasIndex(n => new { n.RecipientEmail, n.Id });
    }
}

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.Property(p => p.Email).HasMaxLength(256).IsRequired();
        builder.HasIndex(p => p.Email).IsUnique();
    }
}
