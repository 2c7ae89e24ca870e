using Internships.Domain.Employers;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class RubricCompetencyConfiguration : IEntityTypeConfiguration<RubricCompetency>
{
    public void Configure(EntityTypeBuilder<RubricCompetency> builder)
    {
        builder.ToTable("RubricCompetencies");
        builder.Property(c => c.Key).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(80).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(500).IsRequired();
        builder.HasIndex(c => c.Key).IsUnique();
    }
}

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Testimonial).HasMaxLength(2000).IsRequired();
        builder.Property(e => e.RecordedOnBehalfBy).HasMaxLength(256);
        builder.Ignore(e => e.AverageScore);

        // The scores are read and written with their evaluation: one JSON column.
        builder.OwnsMany(e => e.Ratings, ratings => ratings.ToJson());

        builder.HasOne<Placement>().WithMany().HasForeignKey(e => e.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(e => e.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PlacementId, e.Kind }).IsUnique();
    }
}
