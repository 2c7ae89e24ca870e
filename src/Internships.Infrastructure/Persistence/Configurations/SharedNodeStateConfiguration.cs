using Internships.Infrastructure.Badges;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

/// <summary>The Data Protection key ring (the package's own entity; its XML is a few hundred characters).</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.Property(k => k.FriendlyName).HasMaxLength(100);
    }
}

internal sealed class StoredIssuerKeyConfiguration : IEntityTypeConfiguration<StoredIssuerKey>
{
    public void Configure(EntityTypeBuilder<StoredIssuerKey> builder)
    {
        builder.ToTable("IssuerKeys");
        builder.Property(k => k.KeyId).HasMaxLength(64).IsRequired();
        builder.HasIndex(k => k.KeyId).IsUnique();
        builder.Property(k => k.PublicKeyPem).HasMaxLength(2000).IsRequired();
        builder.Property(k => k.ProtectedPrivateKey).IsRequired();
    }
}
