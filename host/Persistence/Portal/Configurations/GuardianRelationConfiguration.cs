using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class GuardianRelationConfiguration : IEntityTypeConfiguration<GuardianRelation>
{
    public void Configure(EntityTypeBuilder<GuardianRelation> builder)
    {
        builder.ToTable("guardian_relations");
        builder.HasKey(r => new { r.GuardianPersonnummer, r.ChildPersonnummer });
        builder.Property(r => r.GuardianPersonnummer).HasMaxLength(12);
        builder.Property(r => r.ChildPersonnummer).HasMaxLength(12);
        // "Who are this child's guardians" (a protection added to the child cuts every guardian's link).
        builder.HasIndex(r => r.ChildPersonnummer);
    }
}
