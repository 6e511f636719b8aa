using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FormEngine.Persistence.Portal.Configurations;

public sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersionRecord>
{
    public void Configure(EntityTypeBuilder<FormVersionRecord> builder)
    {
        builder.ToTable("form_versions");
        builder.HasKey(f => new { f.Key, f.Version });
        builder.Property(f => f.SourceFile).HasMaxLength(1000);
    }
}

public sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> builder)
    {
        builder.ToTable("drafts");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.ResidentPersonnummer, d.UpdatedAt });
    }
}
