using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class AppointmentSlotConfiguration : IEntityTypeConfiguration<AppointmentSlot>
{
    public void Configure(EntityTypeBuilder<AppointmentSlot> builder)
    {
        builder.ToTable("appointment_slots");
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.ClinicKey).HasMaxLength(100);
        builder.Property(s => s.CareType).HasMaxLength(100);
        builder.Property(s => s.CareTypeName).HasMaxLength(200);
        builder.Property(s => s.PerformerName).HasMaxLength(200);
        builder.Property(s => s.PerformerTitle).HasMaxLength(200);
        // The clinic's day, and a resident's choice of free times of one care type.
        builder.HasIndex(s => new { s.ClinicKey, s.StartsAt });
    }
}

public sealed class AppointmentBookingConfiguration : IEntityTypeConfiguration<AppointmentBooking>
{
    public void Configure(EntityTypeBuilder<AppointmentBooking> builder)
    {
        builder.ToTable("appointment_bookings");
        builder.Property(b => b.Id).HasMaxLength(100);
        builder.Property(b => b.SlotId).HasMaxLength(100);
        builder.Property(b => b.ActiveSlotId).HasMaxLength(100);
        builder.Property(b => b.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(b => b.MadeBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.MadeByIdentity).HasMaxLength(40);
        builder.Property(b => b.Purpose).HasMaxLength(500);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.RebookedFrom).HasMaxLength(100);
        builder.HasOne<AppointmentSlot>().WithMany().HasForeignKey(b => b.SlotId).OnDelete(DeleteBehavior.Restrict);
        // The race guard: one active booking per slot, enforced by the database on both providers.
        builder.HasIndex(b => b.ActiveSlotId).IsUnique();
        builder.HasIndex(b => new { b.ResidentPersonnummer, b.Status });
    }
}
