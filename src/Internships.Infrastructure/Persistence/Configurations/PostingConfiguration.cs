using Internships.Domain.Employers;
using Internships.Domain.Postings;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class PostingConfiguration : IEntityTypeConfiguration<InternshipPosting>
{
    public void Configure(EntityTypeBuilder<InternshipPosting> builder)
    {
        builder.ToTable("Postings");
        builder.Property(p => p.Title).HasMaxLength(120).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(4000).IsRequired();
        builder.Property(p => p.HourlyWage).HasPrecision(9, 2);
        builder.Property(p => p.HoursPerWeek).HasPrecision(5, 2);
        builder.Property(p => p.Location).HasMaxLength(200);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ReturnReason).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.EligibleGrades);
        builder.Ignore(p => p.RemainingSlots);

        builder.HasOne(p => p.Employer).WithMany().HasForeignKey(p => p.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(p => p.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Pathways).WithOne().HasForeignKey(pp => pp.PostingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Pathways).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.RequiredBadges).WithOne().HasForeignKey(b => b.PostingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.RequiredBadges).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(p => p.RequiredHours).HasPrecision(7, 2);

        // Search lists what is open and not past its deadline, in one of four orders. Each search index leads with
        // Status and then one order (Id last, as the tie-break), so a page is read in order and stops after its rows
        // instead of sorting every open posting; each also carries the columns the search filters test, so counting
        // and filtering read the index alone and leave the wide rows (descriptions) to the page's own rows.
        builder.HasIndex(p => new
            {
                p.Status, p.ApplicationDeadline, p.Id, p.HourlyWage, p.IsRemote, p.EligibleGradeMask, p.MinimumAge, p.StartDate,
            })
            .HasDatabaseName("IX_Postings_Search_Deadline");
        builder.HasIndex(p => new { p.Status, p.HourlyWage, p.Id, p.ApplicationDeadline })
            .IsDescending(false, true, false, false)
            .HasDatabaseName("IX_Postings_Search_Wage");
        builder.HasIndex(p => new { p.Status, p.OpenedAt, p.Id, p.ApplicationDeadline })
            .HasDatabaseName("IX_Postings_Search_Newest");
        builder.HasIndex(p => new { p.Status, p.Title, p.Id, p.ApplicationDeadline })
            .HasDatabaseName("IX_Postings_Search_Title");

        // Employers list their own postings by status.
        builder.HasIndex(p => new { p.EmployerId, p.Status });
    }
}

internal sealed class PostingPathwayConfiguration : IEntityTypeConfiguration<PostingPathway>
{
    public void Configure(EntityTypeBuilder<PostingPathway> builder)
    {
        builder.ToTable("PostingPathways");
        builder.HasKey(pp => new { pp.PostingId, pp.PathwayId });
        builder.HasOne(pp => pp.Pathway).WithMany().HasForeignKey(pp => pp.PathwayId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(pp => new { pp.PathwayId, pp.PostingId });
    }
}
