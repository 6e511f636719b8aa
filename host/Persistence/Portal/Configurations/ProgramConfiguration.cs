using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class ProgramAssignmentConfiguration : IEntityTypeConfiguration<ProgramAssignment>
{
    public void Configure(EntityTypeBuilder<ProgramAssignment> builder)
    {
        builder.ToTable("program_assignments");
        builder.HasKey(a => a.Id);
        // A resident follows a program once; assigning it again is refused, not duplicated (two behandlare at once too).
        builder.HasIndex(a => new { a.ResidentPersonnummer, a.ProgramKey }).IsUnique();
        builder.HasIndex(a => new { a.ClinicKey, a.UpdatedAt });
        builder.Property(a => a.ProgramKey).HasMaxLength(100);
        builder.Property(a => a.ResidentPersonnummer).HasMaxLength(12);
        builder.Property(a => a.ClinicKey).HasMaxLength(100);
        // Two hosts sweeping reminders at once: the second one's mark conflicts, so the reminder goes out once.
        builder.Property(a => a.RemindedAt).IsConcurrencyToken();
    }
}

public sealed class ProgramStepSubmissionConfiguration : IEntityTypeConfiguration<ProgramStepSubmission>
{
    public void Configure(EntityTypeBuilder<ProgramStepSubmission> builder)
    {
        builder.ToTable("program_step_submissions");
        builder.HasKey(s => s.Id);
        // One submission per step: a double click or a second tab cannot send a step twice.
        builder.HasIndex(s => new { s.AssignmentId, s.ModuleKey, s.StepKey }).IsUnique();
    }
}

public sealed class ProgramMessageConfiguration : IEntityTypeConfiguration<ProgramMessage>
{
    public void Configure(EntityTypeBuilder<ProgramMessage> builder)
    {
        builder.ToTable("program_messages");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.AssignmentId, m.SentAt });
    }
}
