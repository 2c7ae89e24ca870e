using Internships.Domain.Documents;
using Internships.Domain.Employers;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Employers");
        builder.Property(e => e.Name).HasMaxLength(120).IsRequired();
        builder.Property(e => e.Industry).HasMaxLength(80).IsRequired();
        builder.Property(e => e.ContactEmail).HasMaxLength(254).IsRequired();
        builder.Property(e => e.Phone).HasMaxLength(30);
        builder.Property(e => e.Website).HasMaxLength(200);
        builder.Property(e => e.City).HasMaxLength(80);
        builder.Property(e => e.InsuranceCarrier).HasMaxLength(120);
        builder.Property(e => e.InsurancePolicyNumber).HasMaxLength(60);
        builder.Ignore(e => e.WorksiteIsChecked);
        builder.HasOne<StoredFile>().WithMany().HasForeignKey(e => e.PartnerAgreementFileId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(e => e.SafetyChecks, checks =>
        {
            checks.ToTable("EmployerSafetyChecks");
            checks.WithOwner().HasForeignKey(c => c.EmployerId);
            checks.HasKey(c => new { c.EmployerId, c.Item });
            checks.Property(c => c.Item).HasConversion<string>().HasMaxLength(30);
            checks.Property(c => c.CheckedBy).HasMaxLength(256).IsRequired();
        });
        builder.Navigation(e => e.SafetyChecks).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Employers already there when the column arrives are active. The sentinel makes EF leave an active employer's
        // value to that default on insert (and send false when it is not), instead of warning that true is never sent.
        builder.Property(e => e.IsActive).HasDefaultValue(true).HasSentinel(true);
        builder.HasIndex(e => e.Name).IsUnique();
    }
}

internal sealed class SupervisorConfiguration : IEntityTypeConfiguration<Supervisor>
{
    public void Configure(EntityTypeBuilder<Supervisor> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Supervisors");
        builder.Property(s => s.FirstName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.LastName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.Email).HasMaxLength(254).IsRequired();
        builder.Property(s => s.JobTitle).HasMaxLength(80);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Ignore(s => s.FullName);
        builder.HasOne<Employer>().WithMany().HasForeignKey(s => s.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.EmployerId, s.Email }).IsUnique();
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("StoredFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.FileName).HasMaxLength(StoredFile.MaxFileNameLength).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Content).IsRequired();
        builder.Property(f => f.UploadedBy).HasMaxLength(256).IsRequired();
    }
}
