using Internships.Domain.Matching;
using Internships.Domain.Postings;
using Internships.Domain.Students;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class MatchRoundConfiguration : IEntityTypeConfiguration<MatchRound>
{
    public void Configure(EntityTypeBuilder<MatchRound> builder)
    {
        builder.ToTable("MatchRounds");
        builder.Property(r => r.Name).HasMaxLength(120).IsRequired();
        builder.Property(r => r.Term).HasMaxLength(60).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<MatchRound>().WithMany().HasForeignKey(r => r.ScrambleOfRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Postings).WithOne().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Postings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MatchRoundPostingConfiguration : IEntityTypeConfiguration<MatchRoundPosting>
{
    public void Configure(EntityTypeBuilder<MatchRoundPosting> builder)
    {
        builder.ToTable("MatchRoundPostings");
        builder.HasKey(p => new { p.RoundId, p.PostingId });
        builder.HasOne<InternshipPosting>().WithMany().HasForeignKey(p => p.PostingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchParticipantConfiguration : IEntityTypeConfiguration<MatchParticipant>
{
    public void Configure(EntityTypeBuilder<MatchParticipant> builder)
    {
        builder.ToTable("MatchParticipants");
        builder.HasKey(p => new { p.RoundId, p.StudentId });
        builder.HasOne<MatchRound>().WithMany().HasForeignKey(p => p.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.StudentId);
    }
}

internal sealed class MatchChoiceConfiguration : IEntityTypeConfiguration<MatchChoice>
{
    public void Configure(EntityTypeBuilder<MatchChoice> builder)
    {
        builder.ToTable("MatchChoices");
        builder.HasKey(c => new { c.RoundId, c.StudentId, c.Rank });
        builder.HasIndex(c => new { c.RoundId, c.StudentId, c.PostingId }).IsUnique();
        // An employer lists the students who chose its posting.
        builder.HasIndex(c => new { c.RoundId, c.PostingId });
        builder.HasOne<MatchParticipant>().WithMany().HasForeignKey(c => new { c.RoundId, c.StudentId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MatchRoundPosting>().WithMany().HasForeignKey(c => new { c.RoundId, c.PostingId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchEmployerRankConfiguration : IEntityTypeConfiguration<MatchEmployerRank>
{
    public void Configure(EntityTypeBuilder<MatchEmployerRank> builder)
    {
        builder.ToTable("MatchEmployerRanks");
        builder.HasKey(r => new { r.RoundId, r.PostingId, r.StudentId });
        builder.HasOne<MatchRoundPosting>().WithMany().HasForeignKey(r => new { r.RoundId, r.PostingId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MatchParticipant>().WithMany().HasForeignKey(r => new { r.RoundId, r.StudentId }).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchRunConfiguration : IEntityTypeConfiguration<MatchRun>
{
    public void Configure(EntityTypeBuilder<MatchRun> builder)
    {
        builder.ToTable("MatchRuns");
        builder.Property(r => r.RanBy).HasMaxLength(256);
        builder.Property(r => r.PlacedAtChoice).HasMaxLength(400).IsRequired();
        builder.Ignore(r => r.Unmatched);
        builder.Ignore(r => r.PlacedAtChoiceCounts);
        builder.HasIndex(r => new { r.RoundId, r.Number }).IsUnique();
        builder.HasOne<MatchRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatchOutcomeConfiguration : IEntityTypeConfiguration<MatchOutcome>
{
    public void Configure(EntityTypeBuilder<MatchOutcome> builder)
    {
        builder.ToTable("MatchOutcomes");
        builder.HasKey(o => new { o.RunId, o.StudentId });
        builder.Property(o => o.Reason).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<MatchRun>().WithMany().HasForeignKey(o => o.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(o => o.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InternshipPosting>().WithMany().HasForeignKey(o => o.PostingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.RunId, o.PostingId });
    }
}
