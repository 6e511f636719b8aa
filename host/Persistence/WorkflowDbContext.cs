using FormEngine.Persistence.Configurations;
using FormEngine.Persistence.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

/// <summary>The workflow store's tables. Provider-neutral: the provider projects configure it and hold its migrations.</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<QueuedStimulusRecord> Stimuli => Set<QueuedStimulusRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WorkflowDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.InstanceRecordConfiguration).Namespace);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
