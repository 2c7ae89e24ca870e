using Internships.Domain.Pathways;
using Internships.Domain.Schools;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Students");
        builder.Property(s => s.SisId).HasMaxLength(32).IsRequired();
        builder.Property(s => s.FirstName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.LastName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(254).IsRequired();
        builder.Property(s => s.Ssid).HasMaxLength(10);
        builder.HasIndex(s => s.Ssid).IsUnique();
        builder.Property(s => s.SourcedId).HasMaxLength(Application.Features.Roster.OneRoster.OneRosterReader.MaxSourcedIdLength);
        builder.Ignore(s => s.FullName);
        builder.Ignore(s => s.ActivePathwayIds);

        builder.HasOne<School>().WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Enrolments).WithOne().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Enrolments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(s => s.Contacts).WithOne().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Contacts).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(s => s.SisId).IsUnique();
        builder.HasIndex(s => s.SourcedId).IsUnique();
        builder.HasIndex(s => new { s.SchoolId, s.Grade });
        builder.HasIndex(s => new { s.LastName, s.FirstName });
    }
}

internal sealed class PathwayEnrolmentConfiguration : IEntityTypeConfiguration<PathwayEnrolment>
{
    public void Configure(EntityTypeBuilder<PathwayEnrolment> builder)
    {
        builder.ToTable("PathwayEnrolments");
        builder.Ignore(e => e.IsActive);
        builder.HasOne<CareerPathway>().WithMany().HasForeignKey(e => e.PathwayId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.StudentId, e.PathwayId }).IsUnique();
        builder.HasIndex(e => e.PathwayId);
    }
}

internal sealed class StudentContactConfiguration : IEntityTypeConfiguration<StudentContact>
{
    public void Configure(EntityTypeBuilder<StudentContact> builder)
    {
        builder.ToTable("StudentContacts");
        builder.Property(c => c.Name).HasMaxLength(120).IsRequired();
        builder.Property(c => c.Relationship).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(30).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.PreferredLanguage).HasMaxLength(10).IsRequired();
    }
}
