using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

// The read-only health registries' demo stand-ins: every read is "this resident's rows", hence the indexes.

public sealed class CareRecordEntryConfiguration : IEntityTypeConfiguration<CareRecordEntry>
{
    public void Configure(EntityTypeBuilder<CareRecordEntry> builder)
    {
        builder.ToTable("care_record_entries");
        builder.Property(e => e.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(e => e.Kind).HasMaxLength(10);
        builder.Property(e => e.ClinicKey).HasMaxLength(100);
        builder.HasIndex(e => new { e.ResidentPersonnummer, e.RecordedOn });
    }
}

public sealed class PrescriptionRecordConfiguration : IEntityTypeConfiguration<PrescriptionRecord>
{
    public void Configure(EntityTypeBuilder<PrescriptionRecord> builder)
    {
        builder.ToTable("prescriptions");
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(p => p.PrescribingClinicKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.ResidentPersonnummer, p.PrescribingClinicKey });
    }
}

public sealed class HighCostPeriodConfiguration : IEntityTypeConfiguration<HighCostPeriodRecord>
{
    public void Configure(EntityTypeBuilder<HighCostPeriodRecord> builder)
    {
        builder.ToTable("high_cost_periods");
        builder.HasKey(p => p.ResidentPersonnummer);
        builder.Property(p => p.ResidentPersonnummer).HasMaxLength(12);
    }
}

public sealed class HighCostPaymentConfiguration : IEntityTypeConfiguration<HighCostPaymentRecord>
{
    public void Configure(EntityTypeBuilder<HighCostPaymentRecord> builder)
    {
        builder.ToTable("high_cost_payments");
        builder.Property(p => p.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(p => p.ClinicKey).HasMaxLength(100);
        builder.HasIndex(p => new { p.ResidentPersonnummer, p.PaidOn });
    }
}

public sealed class AidEntitlementConfiguration : IEntityTypeConfiguration<AidEntitlement>
{
    public void Configure(EntityTypeBuilder<AidEntitlement> builder)
    {
        builder.ToTable("aid_entitlements");
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(a => a.Category).HasMaxLength(20);
        builder.Property(a => a.ClinicKey).HasMaxLength(100);
        builder.HasIndex(a => new { a.ResidentPersonnummer, a.ClinicKey });
    }
}
