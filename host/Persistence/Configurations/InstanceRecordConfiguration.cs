using FormEngine.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Configurations;

public sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.DefinitionId).HasMaxLength(200);
        // Names, not numbers: a person reading the table (or a later enum member) cannot misread them.
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.SubStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CorrelationId).HasMaxLength(200);
        builder.Property(i => i.Name).HasMaxLength(200);
        // The store also checks the revision explicitly in its conditional UPDATE; the token documents it.
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasIndex(i => i.CorrelationId);
        // The admin page (faulted) and recovery at start-up (interrupted) filter on these.
        builder.HasIndex(i => new { i.Status, i.SubStatus, i.UpdatedAt });
    }
}
