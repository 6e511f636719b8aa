using FormEngine.Persistence.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Configurations;

public sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("workflow_bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(100);
        builder.Property(b => b.InstanceId).HasMaxLength(100);
        builder.Property(b => b.ActivityId).HasMaxLength(200);
        builder.Property(b => b.Name).HasMaxLength(200);
        builder.Property(b => b.Hash).HasMaxLength(128);
        builder.Property(b => b.CorrelationId).HasMaxLength(200);
        builder.Property(b => b.ClaimedBy).HasMaxLength(200);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.InstanceId);
        // A stimulus finds its bookmarks by this index, never by scanning instances.
        builder.HasIndex(b => new { b.Hash, b.CorrelationId });
        builder.HasIndex(b => b.ResumeAt);
    }
}
