using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.StartedByKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ResidentPersonnummer, c.UpdatedAt });
        // The clinic inbox (unassigned, by queue) and "Mina ärenden" (assigned to me).
        builder.HasIndex(c => new { c.ClinicKey, c.Status, c.AssignedTo });
        builder.HasIndex(c => new { c.AssignedTo, c.Status });
        builder.HasIndex(c => new { c.ClinicKey, c.DistributedAt });
    }
}

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions");
        builder.HasKey(s => s.Id);
        // A double-click or a retry of the same rendered form finds the first submission.
        builder.HasIndex(s => new { s.SubmittedBy, s.IdempotencyKey }).IsUnique();
        builder.HasIndex(s => s.CaseId);
    }
}

public sealed class CaseMessageConfiguration : IEntityTypeConfiguration<CaseMessage>
{
    public void Configure(EntityTypeBuilder<CaseMessage> builder)
    {
        builder.ToTable("case_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Direction).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => new { m.CaseId, m.SentAt });
    }
}

public sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEventRecord>
{
    public void Configure(EntityTypeBuilder<CaseEventRecord> builder)
    {
        builder.ToTable("case_events");
        builder.HasIndex(e => new { e.CaseId, e.At });
        builder.HasIndex(e => new { e.At, e.Category });
    }
}
