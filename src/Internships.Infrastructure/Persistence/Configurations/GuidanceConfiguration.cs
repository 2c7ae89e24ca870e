using Internships.Domain.Guidance;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class InterestProfileConfiguration : IEntityTypeConfiguration<InterestProfile>
{
    public void Configure(EntityTypeBuilder<InterestProfile> builder)
    {
        builder.ToTable("InterestProfiles");
        // One digit an answer, read and written whole.
        builder.Property(p => p.Answers).HasMaxLength(InterestQuestionnaire.Count).IsRequired();
        builder.Ignore(p => p.AnswerList);
        builder.Ignore(p => p.Scores);
        builder.HasOne<Student>().WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.StudentId).IsUnique();
    }
}
