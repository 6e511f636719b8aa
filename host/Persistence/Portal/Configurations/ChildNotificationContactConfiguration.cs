using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class ChildNotificationContactConfiguration : IEntityTypeConfiguration<ChildNotificationContact>
{
    public void Configure(EntityTypeBuilder<ChildNotificationContact> builder)
    {
        builder.ToTable("child_notification_contacts");
        builder.HasKey(c => new { c.GuardianPersonnummer, c.ChildPersonnummer });
        builder.Property(c => c.GuardianPersonnummer).HasMaxLength(12);
        builder.Property(c => c.ChildPersonnummer).HasMaxLength(12);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(20);
        // The dispatcher asks "who wants to hear about this child's messages".
        builder.HasIndex(c => c.ChildPersonnummer);
    }
}
