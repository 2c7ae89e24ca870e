using Internships.Domain.Schools;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.ToTable("Schools");
        builder.Property(s => s.Name).HasMaxLength(120).IsRequired();
        builder.Property(s => s.Code).HasMaxLength(20).IsRequired();
        builder.Property(s => s.City).HasMaxLength(80);
        builder.Property(s => s.SourcedId).HasMaxLength(Application.Features.Roster.OneRoster.OneRosterReader.MaxSourcedIdLength);
        builder.HasIndex(s => s.Code).IsUnique();
        builder.Property(s => s.CdsCode).HasMaxLength(14);
        builder.HasIndex(s => s.SourcedId).IsUnique();
    }
}
