using Internships.Domain.Badges;
using Internships.Domain.Employers;
using Internships.Domain.Programmes;
using Internships.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Programmes");
        builder.Property(p => p.Name).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.PdHoursTarget).HasPrecision(9, 2);
        builder.Property(p => p.FeeAmount).HasPrecision(9, 2);
        builder.HasOne<BadgeClass>().WithMany().HasForeignKey(p => p.BadgeClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => p.BadgeClassId);
        builder.OwnsMany(p => p.Requirements, requirement =>
        {
            requirement.ToTable("ProgrammeRequirements");
            requirement.WithOwner().HasForeignKey(r => r.ProgrammeId);
            requirement.HasKey(r => r.Id);
            requirement.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
            requirement.Property(r => r.Title).HasMaxLength(200).IsRequired();
            requirement.Property(r => r.PdHours).HasPrecision(9, 2);
            requirement.PrimitiveCollection(r => r.Criteria).IsRequired();
            requirement.HasIndex(r => new { r.ProgrammeId, r.Step }).IsUnique();
        });
        builder.Navigation(p => p.Requirements).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Cohorts");
        builder.Property(c => c.Name).HasMaxLength(120).IsRequired();
        builder.HasOne(c => c.Programme).WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.TrainerUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.CoachUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ObserverUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProgrammeId, c.StartsOn });
    }
}

internal sealed class ProgrammeEnrolmentConfiguration : IEntityTypeConfiguration<ProgrammeEnrolment>
{
    public void Configure(EntityTypeBuilder<ProgrammeEnrolment> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("ProgrammeEnrolments");
        builder.Property(e => e.ParticipantName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ParticipantEmail).HasMaxLength(254).IsRequired();
        builder.Property(e => e.Fee).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FeeRecordedBy).HasMaxLength(256);
        builder.Ignore(e => e.IsCompleted);
        builder.Ignore(e => e.AwardKey);
        builder.HasOne(e => e.Cohort).WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Programme>().WithMany().HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.ParticipantUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BadgeAward>().WithMany().HasForeignKey(e => e.AwardId).OnDelete(DeleteBehavior.Restrict);
        // A person enrols once in a cohort.
        builder.HasIndex(e => new { e.CohortId, e.ParticipantUserId }).IsUnique();
        builder.HasIndex(e => e.ParticipantUserId);
        builder.HasIndex(e => new { e.ProgrammeId, e.OrganisationId, e.CompletedAt });
        builder.OwnsMany(e => e.Entries, entry =>
        {
            entry.ToTable("ProgressEntries");
            entry.WithOwner().HasForeignKey(x => x.EnrolmentId);
            entry.HasKey(x => x.Id);
            entry.Property(x => x.Narrative).HasMaxLength(ProgrammeEnrolment.MaxNarrativeLength);
            entry.Property(x => x.Url).HasMaxLength(ProgrammeEnrolment.MaxUrlLength);
            entry.Property(x => x.RecordedBy).HasMaxLength(256).IsRequired();
            entry.PrimitiveCollection(x => x.Scores).IsRequired();
            entry.HasIndex(x => new { x.EnrolmentId, x.RequirementId });
        });
        builder.Navigation(e => e.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class StaffCompletionTallyConfiguration : IEntityTypeConfiguration<StaffCompletionTally>
{
    public void Configure(EntityTypeBuilder<StaffCompletionTally> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("StaffCompletionTallies");
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ProgrammeId, t.OrganisationId }).IsUnique();
    }
}
