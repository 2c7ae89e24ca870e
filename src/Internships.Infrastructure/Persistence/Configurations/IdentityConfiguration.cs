using Internships.Domain.Accounts;
using Internships.Domain.Employers;
using Internships.Domain.Students;
using Internships.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Internships.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.HasOne<Student>().WithMany().HasForeignKey(u => u.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(u => u.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(u => u.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(u => u.DisabledReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(u => u.PreferredLanguage).HasMaxLength(10);
        builder.Ignore(u => u.IsDisabled);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("RefreshTokens");
        builder.Property(t => t.TokenHash).HasMaxLength(64).IsRequired();
        builder.Property(t => t.SecurityStamp).HasMaxLength(256).IsRequired();
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.FamilyId);
        builder.HasIndex(t => t.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.Email).HasMaxLength(254).IsRequired();
        builder.Property(i => i.Role).HasMaxLength(20).IsRequired();
        builder.Property(i => i.InvitedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.Email);
        builder.HasOne<Student>().WithMany().HasForeignKey(i => i.StudentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Employer>().WithMany().HasForeignKey(i => i.EmployerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Supervisor>().WithMany().HasForeignKey(i => i.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.AccountId).OnDelete(DeleteBehavior.SetNull);
    }
}
