using FormEngine.Host.Definitions;
using FormEngine.Host.Demo;
using FormEngine.Persistence.Portal;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Host.Operations;

/// <summary>
/// What happens before the first request: the database schema, the definitions (imported into the database),
/// demo data for an empty database, and workflow instances a crashed process left mid-run.
/// </summary>
public sealed partial class StartupTasks(
    IServiceProvider services, DefinitionImporter definitions, DemoSeeder demo, IEnumerable<IDemoSeed> featureSeeds,
    WorkflowRuntime runtime, FormEngineSettings settings, TimeProvider time, ILogger<StartupTasks> logger)
{
    /// <summary>
    /// On PostgreSQL other hosts may be running instances right now: only those untouched this long are taken
    /// over. A SQLite file belongs to this process alone, so everything left executing was interrupted.
    /// </summary>
    public static readonly TimeSpan SharedRecoveryAge = TimeSpan.FromMinutes(5);

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await PortalDatabase.MigrateAsync(services, cancellationToken);
        await definitions.LoadAsync(cancellationToken);
        if (settings.Options.Demo.Seed)
        {
            await demo.SeedAsync(cancellationToken);
            foreach (var seed in featureSeeds) await seed.SeedAsync(cancellationToken);
        }
        var olderThan = time.GetUtcNow() - (settings.Provider == DatabaseProvider.Sqlite ? TimeSpan.Zero : SharedRecoveryAge);
        var recovered = await runtime.RecoverAsync(olderThan, cancellationToken: cancellationToken);
        if (recovered.Count > 0) Recovered(logger, recovered.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Continued {Count} workflow instances interrupted by a previous process")]
    private static partial void Recovered(ILogger logger, int count);
}
