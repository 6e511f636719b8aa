using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class RoleChangeConfiguration : IEntityTypeConfiguration<RoleChange>
{
    public void Configure(EntityTypeBuilder<RoleChange> builder)
    {
        builder.ToTable("role_changes");
        builder.HasIndex(r => new { r.ClinicKey, r.At });
        builder.HasIndex(r => new { r.StaffHsaId, r.At });
    }
}
