using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class ListingConfiguration : IEntityTypeConfiguration<ListingRecord>
{
    public void Configure(EntityTypeBuilder<ListingRecord> builder)
    {
        builder.ToTable("listings");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).HasMaxLength(32);
        builder.Property(l => l.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(l => l.ClinicKey).HasMaxLength(64);
        builder.Property(l => l.RegionKey).HasMaxLength(64);
        builder.Property(l => l.CaseId).HasMaxLength(32);
        // "Where is this resident listed, and is a change pending" reads the resident's rows by date.
        builder.HasIndex(l => new { l.ResidentPersonnummer, l.EffectiveFrom });
        // A vårdval case registers one listing however often its workflow step runs (NULLs never collide).
        builder.HasIndex(l => l.CaseId).IsUnique();
    }
}
