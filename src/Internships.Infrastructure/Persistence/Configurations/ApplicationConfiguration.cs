using Internships.Domain.Applications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<InternshipApplication>
{
    public void Configure(EntityTypeBuilder<InternshipApplication> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Statement).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.DecisionNote).HasMaxLength(1000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsPending);

        builder.HasOne(a => a.Posting).WithMany().HasForeignKey(a => a.PostingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Student).WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Restrict);

        // One application per student per posting; the index also serves an employer's list of applicants.
        builder.HasIndex(a => new { a.PostingId, a.StudentId }).IsUnique();
        builder.HasIndex(a => new { a.StudentId, a.Rank });
    }
}
