using FormEngine.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Configurations;

public sealed class QueuedStimulusRecordConfiguration : IEntityTypeConfiguration<QueuedStimulusRecord>
{
    public void Configure(EntityTypeBuilder<QueuedStimulusRecord> builder)
    {
        builder.ToTable("workflow_stimuli");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Hash).HasMaxLength(128);
        builder.Property(s => s.CorrelationId).HasMaxLength(200);
        builder.HasIndex(s => new { s.Hash, s.CorrelationId });
    }
}
