using Internships.Domain.Pathways;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class PathwayConfiguration : IEntityTypeConfiguration<CareerPathway>
{
    public void Configure(EntityTypeBuilder<CareerPathway> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Pathways");
        builder.Property(p => p.Name).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Sector).HasConversion<string>().HasMaxLength(60);
        builder.Property(p => p.Description).HasMaxLength(2000);

        // The course sequence is read and written whole: one JSON column.
        builder.PrimitiveCollection(p => p.CourseSequence).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
