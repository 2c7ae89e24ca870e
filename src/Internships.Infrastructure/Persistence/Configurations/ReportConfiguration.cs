using Internships.Domain.Placements;
using Internships.Domain.Reports;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.TermName).HasMaxLength(100);
        builder.Property(r => r.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Language).HasMaxLength(10).IsRequired();
        builder.Property(r => r.Error).HasMaxLength(Report.MaxErrorLength);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Ignore(r => r.Term);
        builder.Ignore(r => r.NeedsProducing);
        builder.HasOne<Placement>().WithMany().HasForeignKey(r => r.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PlacementId, r.Status });
        builder.HasIndex(r => new { r.Kind, r.TermStart, r.TermEnd });
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
    }
}

internal sealed class ReportFileConfiguration : IEntityTypeConfiguration<ReportFile>
{
    public void Configure(EntityTypeBuilder<ReportFile> builder)
    {
        builder.ToTable("ReportFiles");
        builder.HasKey(f => f.ReportId);
        builder.Property(f => f.Content).IsRequired();
        builder.HasOne(f => f.Report).WithOne().HasForeignKey<ReportFile>(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
