using Internships.Domain.Badges;
using Internships.Domain.Employers;
using Internships.Domain.Placements;
using Internships.Domain.Postings;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class BadgeClassConfiguration : IEntityTypeConfiguration<BadgeClass>
{
    public void Configure(EntityTypeBuilder<BadgeClass> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("BadgeClasses");
        builder.Property(b => b.Name).HasMaxLength(120).IsRequired();
        builder.Property(b => b.Description).HasMaxLength(2000).IsRequired();
        builder.Property(b => b.NameEs).HasMaxLength(120);
        builder.Property(b => b.DescriptionEs).HasMaxLength(2000);
        builder.Property(b => b.Criteria).HasMaxLength(4000).IsRequired();
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.RecipientType).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Color).HasMaxLength(7).IsRequired();
        builder.Property(b => b.Image).HasMaxLength(1024 * 1024);
        builder.PrimitiveCollection(b => b.Skills).IsRequired();
        builder.PrimitiveCollection(b => b.PrerequisiteIds).IsRequired();
        builder.OwnsMany(b => b.Alignments, alignments => alignments.ToJson());
        builder.OwnsOne(b => b.Rule, rule => rule.ToJson());
        builder.OwnsOne(b => b.StaffRule, rule => rule.ToJson());
        builder.HasOne<Employer>().WithMany().HasForeignKey(b => b.EndorsingEmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.PublicId).IsUnique();
        builder.HasIndex(b => b.Name).IsUnique();
    }
}

internal sealed class BadgeAwardConfiguration : IEntityTypeConfiguration<BadgeAward>
{
    public void Configure(EntityTypeBuilder<BadgeAward> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("BadgeAwards");
        builder.Property(a => a.RecipientKey).HasMaxLength(40).IsRequired();
        builder.Property(a => a.AwardKey).HasMaxLength(40).IsRequired();
        builder.Property(a => a.RecipientName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.RecipientEmail).HasMaxLength(254).IsRequired();
        builder.Property(a => a.Salt).HasMaxLength(64).IsRequired();
        builder.Property(a => a.RevocationReason).HasMaxLength(1000);
        builder.Property(a => a.IssuedCredential).HasMaxLength(64 * 1024);
        builder.Property(a => a.GuardianConsentName).HasMaxLength(200);
        builder.Property(a => a.RecipientAlias).HasMaxLength(254);
        builder.Ignore(a => a.IsRevoked);
        builder.Ignore(a => a.RecipientIdentityHash);
        builder.OwnsMany(a => a.Evidence, evidence => evidence.ToJson());
        builder.Navigation(a => a.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasOne(a => a.BadgeClass).WithMany().HasForeignKey(a => a.BadgeClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(a => a.RecipientStudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(a => a.RecipientEmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Placement>().WithMany().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Restrict);

        // Exactly once: a badge goes to a recipient once per occasion (a placement, or by hand), however often it is asked.
        builder.HasIndex(a => new { a.BadgeClassId, a.RecipientKey, a.AwardKey }).IsUnique();
        builder.HasIndex(a => a.PublicId).IsUnique();
        // What a recipient holds (applying, ladders, eligibility, rounds) is read by recipient key; the unique index
        // above leads with the badge, so without this every such read scans all awards.
        builder.HasIndex(a => new { a.RecipientKey, a.BadgeClassId });
        builder.HasIndex(a => a.RecipientStudentId);
        builder.HasIndex(a => a.RecipientUserId);
    }
}

internal sealed class BadgeClaimConfiguration : IEntityTypeConfiguration<BadgeClaim>
{
    public void Configure(EntityTypeBuilder<BadgeClaim> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("BadgeClaims");
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Narrative).HasMaxLength(BadgeClaim.MaxNarrativeLength).IsRequired();
        builder.PrimitiveCollection(c => c.Links).IsRequired();
        builder.Property(c => c.EvidenceFileName).HasMaxLength(260);
        builder.Property(c => c.ReviewNote).HasMaxLength(BadgeClaim.MaxNoteLength);
        builder.Property(c => c.ReviewedBy).HasMaxLength(256);
        builder.Property(c => c.OpenFor).HasMaxLength(40);
        builder.Ignore(c => c.IsOpen);
        builder.Ignore(c => c.AwardKey);

        builder.HasOne(c => c.BadgeClass).WithMany().HasForeignKey(c => c.BadgeClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Student>().WithMany().HasForeignKey(c => c.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BadgeAward>().WithMany().HasForeignKey(c => c.AwardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Internships.Domain.Documents.StoredFile>().WithMany().HasForeignKey(c => c.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);

        // One open claim per student and badge: the key is null once a claim is decided.
        builder.HasIndex(c => c.OpenFor).IsUnique();
        builder.HasIndex(c => new { c.StudentId, c.SubmittedAt });
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasIndex(c => c.BadgeClassId);
    }
}

internal sealed class BadgeProposalConfiguration : IEntityTypeConfiguration<BadgeProposal>
{
    public void Configure(EntityTypeBuilder<BadgeProposal> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("BadgeProposals");
        builder.Property(p => p.Name).HasMaxLength(BadgeProposal.MaxNameLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(BadgeProposal.MaxDescriptionLength).IsRequired();
        builder.Property(p => p.Criteria).HasMaxLength(BadgeProposal.MaxCriteriaLength).IsRequired();
        builder.PrimitiveCollection(p => p.Tasks).IsRequired();
        builder.Property(p => p.Skill).HasMaxLength(BadgeProposal.MaxSkillLength).IsRequired();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ProposedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.DeclineReason).HasMaxLength(BadgeProposal.MaxReasonLength);
        builder.Property(p => p.ReviewedBy).HasMaxLength(256);

        builder.HasOne<Employer>().WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BadgeClass>().WithMany().HasForeignKey(p => p.BadgeClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.EmployerId, p.ProposedAt });
        builder.HasIndex(p => new { p.Status, p.ProposedAt });
        builder.HasIndex(p => p.BadgeClassId);
    }
}

internal sealed class PostingRequiredBadgeConfiguration : IEntityTypeConfiguration<PostingRequiredBadge>
{
    public void Configure(EntityTypeBuilder<PostingRequiredBadge> builder)
    {
        builder.ToTable("PostingRequiredBadges");
        builder.HasKey(b => new { b.PostingId, b.BadgeClassId });
        builder.HasOne(b => b.BadgeClass).WithMany().HasForeignKey(b => b.BadgeClassId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.BadgeClassId);
    }
}
