using Internships.Application.Features.Roster.OneRoster;
using Internships.Domain.Pathways;
using Internships.Domain.Roster;
using Internships.Domain.Staff;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class RosterImportConfiguration : IEntityTypeConfiguration<RosterImport>
{
    public void Configure(EntityTypeBuilder<RosterImport> builder)
    {
        builder.ToTable("RosterImports");
        builder.Property(i => i.FileName).HasMaxLength(RosterImport.MaxFileNameLength).IsRequired();
        builder.Property(i => i.CoordinatorMapping).HasMaxLength(RosterImport.MaxMappingLength);
        builder.Property(i => i.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.ComplexProperty(i => i.Schools);
        builder.ComplexProperty(i => i.Students);
        builder.ComplexProperty(i => i.Coordinators);
        builder.Ignore(i => i.IsDone);
        builder.HasOne<RosterImport>().WithMany().HasForeignKey(i => i.PreviewOfImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Errors).WithOne().HasForeignKey(e => e.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Changes).WithOne().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Errors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(i => i.Changes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => new { i.Status, i.RequestedAt });
    }
}

internal sealed class RosterImportFileConfiguration : IEntityTypeConfiguration<RosterImportFile>
{
    public void Configure(EntityTypeBuilder<RosterImportFile> builder)
    {
        builder.ToTable("RosterImportFiles");
        builder.HasKey(f => f.ImportId);
        builder.Property(f => f.Content).IsRequired();
        builder.HasOne(f => f.Import).WithOne().HasForeignKey<RosterImportFile>(f => f.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RosterImportErrorConfiguration : IEntityTypeConfiguration<RosterImportError>
{
    public void Configure(EntityTypeBuilder<RosterImportError> builder)
    {
        builder.ToTable("RosterImportErrors");
        builder.Property(e => e.File).HasMaxLength(RosterImport.MaxFileNameLength).IsRequired();
        builder.Property(e => e.Field).HasMaxLength(100);
        builder.Property(e => e.Message).HasMaxLength(RosterImportError.MaxMessageLength).IsRequired();
    }
}

internal sealed class RosterImportChangeConfiguration : IEntityTypeConfiguration<RosterImportChange>
{
    public void Configure(EntityTypeBuilder<RosterImportChange> builder)
    {
        builder.ToTable("RosterImportChanges");
        builder.Property(c => c.Entity).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SourcedId).HasMaxLength(OneRosterReader.MaxSourcedIdLength).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Detail).HasMaxLength(RosterImportChange.MaxDetailLength);
    }
}

internal sealed class PathwaySuggestionConfiguration : IEntityTypeConfiguration<PathwaySuggestion>
{
    public void Configure(EntityTypeBuilder<PathwaySuggestion> builder)
    {
        builder.ToTable("PathwaySuggestions");
        builder.Property(s => s.Courses).HasMaxLength(PathwaySuggestion.MaxCoursesLength).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.DecidedBy).HasMaxLength(256);
        builder.HasOne<Student>().WithMany().HasForeignKey(s => s.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CareerPathway>().WithMany().HasForeignKey(s => s.PathwayId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RosterImport>().WithMany().HasForeignKey(s => s.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.StudentId, s.PathwayId }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.PathwayId });
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("StaffMembers");
        builder.Property(s => s.SourcedId).HasMaxLength(OneRosterReader.MaxSourcedIdLength).IsRequired();
        builder.Property(s => s.FirstName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.LastName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(254).IsRequired();
        builder.Property(s => s.SisRole).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Role).HasMaxLength(40).IsRequired();
        builder.Ignore(s => s.FullName);
        builder.HasIndex(s => s.SourcedId).IsUnique();
        builder.HasIndex(s => s.Email);
    }
}
