using Internships.Domain.Applications;
using Internships.Domain.Documents;
using Internships.Domain.Employers;
using Internships.Domain.Placements;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("Placements");
        builder.Property(p => p.HourlyWage).HasPrecision(9, 2);
        builder.Property(p => p.RequiredHours).HasPrecision(7, 2);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.EndReason).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.RequiredDocuments);
        builder.Ignore(p => p.MissingDocuments);

        builder.HasOne<InternshipApplication>().WithMany().HasForeignKey(p => p.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Student).WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Posting).WithMany().HasForeignKey(p => p.PostingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(p => p.SupervisorId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(p => p.Documents, documents =>
        {
            documents.ToTable("PlacementDocuments");
            documents.WithOwner().HasForeignKey(d => d.PlacementId);
            documents.HasKey(d => new { d.PlacementId, d.Type });
            documents.Property(d => d.Type).HasConversion<string>().HasMaxLength(30);
            documents.Property(d => d.VerifiedBy).HasMaxLength(256).IsRequired();
            documents.HasOne<StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);

        // One placement per accepted application, whatever races to create it.
        builder.HasIndex(p => p.ApplicationId).IsUnique();
        builder.HasIndex(p => new { p.StudentId, p.Status });
        builder.HasIndex(p => new { p.EmployerId, p.Status });
        builder.HasIndex(p => p.SupervisorId);
    }
}

internal sealed class TimesheetEntryConfiguration : IEntityTypeConfiguration<TimesheetEntry>
{
    public void Configure(EntityTypeBuilder<TimesheetEntry> builder)
    {
        builder.ToTable("TimesheetEntries");
        builder.Property(t => t.Hours).HasPrecision(5, 2);
        builder.Property(t => t.Tasks).HasMaxLength(1000).IsRequired();
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ReviewNote).HasMaxLength(500);
        builder.Property(t => t.ReviewedOnBehalfBy).HasMaxLength(256);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Placement>().WithMany().HasForeignKey(t => t.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(t => t.ReviewedBySupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PlacementId, t.WorkDate });
    }
}
