using System.Text.Json;
using Internships.Domain.Audit;
using Internships.Domain.Contacts;
using Internships.Domain.Employers;
using Internships.Domain.Pathways;
using Internships.Domain.Placements;
using Internships.Domain.StateReporting;
using Internships.Domain.Students;
using Internships.Domain.Terms;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class TermConfiguration : IEntityTypeConfiguration<Term>
{
    public void Configure(EntityTypeBuilder<Term> builder)
    {
        builder.ToTable("Terms");
        builder.Property(t => t.Name).HasMaxLength(60).IsRequired();
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasIndex(t => t.EndDate);
    }
}

internal sealed class ContactLogEntryConfiguration : IEntityTypeConfiguration<ContactLogEntry>
{
    public void Configure(EntityTypeBuilder<ContactLogEntry> builder)
    {
        builder.ToTable("ContactLog");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.People).HasMaxLength(300);
        builder.Property(c => c.Notes).HasMaxLength(ContactLogEntry.MaxNotesLength).IsRequired();
        builder.Property(c => c.FollowUp).HasMaxLength(500);
        builder.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(c => c.HasOpenFollowUp);
        builder.HasOne<Placement>().WithMany().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(c => c.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PlacementId, c.OccurredOn });
        builder.HasIndex(c => new { c.StudentId, c.OccurredOn });
        builder.HasIndex(c => new { c.FollowUpDoneOn, c.FollowUpDueOn });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.EntityType).HasMaxLength(40).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(500);
        builder.Property(a => a.Changes).HasConversion(
                v => JsonSerializer.Serialize(v, AuditJson.Options),
                v => JsonSerializer.Deserialize<List<AuditChange>>(v, AuditJson.Options) ?? new List<AuditChange>(),
                new ValueComparer<List<AuditChange>>((a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
            .IsRequired();
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.At });
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.UserName, a.At });
    }
}

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

internal sealed class PathwayStateCourseConfiguration : IEntityTypeConfiguration<PathwayStateCourse>
{
    public void Configure(EntityTypeBuilder<PathwayStateCourse> builder)
    {
        builder.ToTable("PathwayStateCourses");
        builder.HasKey(c => new { c.PathwayId, c.Course });
        builder.Property(c => c.Course).HasMaxLength(120);
        builder.Property(c => c.StateCourseCode).HasMaxLength(4).IsRequired();
        builder.HasOne<CareerPathway>().WithMany().HasForeignKey(c => c.PathwayId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlacementStateReportingConfiguration : IEntityTypeConfiguration<PlacementStateReporting>
{
    public void Configure(EntityTypeBuilder<PlacementStateReporting> builder)
    {
        builder.ToTable("PlacementStateReporting");
        builder.HasKey(r => r.PlacementId);
        builder.Property(r => r.PlacementId).ValueGeneratedNever();
        builder.Property(r => r.StateCourseCode).HasMaxLength(4);
        builder.HasOne<Placement>().WithOne().HasForeignKey<PlacementStateReporting>(r => r.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
