using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class ResidentConfiguration : IEntityTypeConfiguration<Resident>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.ToTable("residents");
        builder.HasKey(r => r.Personnummer);
        builder.Property(r => r.Personnummer).HasMaxLength(12);
        builder.Property(r => r.AccountStatus).HasConversion<string>().HasMaxLength(20);
    }
}

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("staff");
        builder.HasKey(s => s.HsaId);
        builder.HasMany(s => s.Roles).WithOne().HasForeignKey(r => r.HsaId);
    }
}

public sealed class StaffRoleConfiguration : IEntityTypeConfiguration<StaffRole>
{
    public void Configure(EntityTypeBuilder<StaffRole> builder)
    {
        builder.ToTable("staff_roles");
        builder.HasIndex(r => new { r.HsaId, r.ClinicKey, r.RegionKey, r.Role }).IsUnique();
        builder.HasIndex(r => new { r.ClinicKey, r.Role });
    }
}

public sealed class LoginConfiguration : IEntityTypeConfiguration<Login>
{
    public void Configure(EntityTypeBuilder<Login> builder)
    {
        builder.ToTable("logins");
        builder.HasIndex(l => new { l.Kind, l.At });
    }
}
