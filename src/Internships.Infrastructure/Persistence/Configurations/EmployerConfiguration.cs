using Internships.Domain.Employers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class EmployerConfiguration : IEntityTypeConfiguration<Employer>
{
    public void Configure(EntityTypeBuilder<Employer> builder)
    {
        builder.ToTable("Employers");
        builder.Property(e => e.Name).HasMaxLength(120).IsRequired();
        builder.Property(e => e.Industry).HasMaxLength(80).IsRequired();
        builder.Property(e => e.ContactEmail).HasMaxLength(254).IsRequired();
        builder.Property(e => e.Phone).HasMaxLength(30);
        builder.Property(e => e.Website).HasMaxLength(200);
        builder.Property(e => e.City).HasMaxLength(80);

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
