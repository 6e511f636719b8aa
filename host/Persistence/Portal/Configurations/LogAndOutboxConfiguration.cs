using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class AccessLogConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable("access_log");
        // Rows written before residents' own reads were logged are staff reads.
        builder.Property(a => a.Actor).HasMaxLength(10).HasDefaultValue(AccessLogActors.Staff);
        builder.Property(a => a.ActorPersonnummer).HasMaxLength(12);
        builder.HasIndex(a => new { a.ResidentPersonnummer, a.At });
        builder.HasIndex(a => new { a.StaffHsaId, a.At });
        builder.HasIndex(a => new { a.ClinicKey, a.At });
    }
}

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("attachments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.OwnerId);
        builder.HasIndex(a => a.CaseId);
    }
}

public sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> builder)
    {
        builder.ToTable("attachment_contents");
        builder.HasKey(a => a.AttachmentId);
    }
}

public sealed class WorkflowStartRequestConfiguration : IEntityTypeConfiguration<WorkflowStartRequest>
{
    public void Configure(EntityTypeBuilder<WorkflowStartRequest> builder)
    {
        builder.ToTable("workflow_start_outbox");
        builder.HasKey(w => w.CaseId);
        builder.HasIndex(w => w.StartedAt);
        builder.Property(w => w.ClaimedBy).HasMaxLength(200);
    }
}

public sealed class NotificationConfiguration : IEntityTypeConfiguration<NotificationRecord>
{
    public void Configure(EntityTypeBuilder<NotificationRecord> builder)
    {
        builder.ToTable("notification_outbox");
        builder.HasIndex(n => n.SentAt);
        builder.Property(n => n.ClaimedBy).HasMaxLength(200);
        builder.Property(n => n.NotSentReason).HasMaxLength(500);
        builder.Property(n => n.LastError).HasMaxLength(2000);
        builder.Property(n => n.SentChannels).HasMaxLength(50);
    }
}
