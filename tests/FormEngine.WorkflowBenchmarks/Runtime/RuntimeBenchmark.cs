using System.Text.Json.Nodes;
using FormEngine.Persistence;
using FormEngine.Persistence.Sqlite;
using FormEngine.WorkflowBenchmarks.Harness;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Activities.Elsa;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FormEngine.WorkflowBenchmarks.Runtime;

/// <summary>
/// Our runtime on <see cref="DecisionWorkflowJson"/>: starts by definition id (as the host starts a form's
/// workflow) until the instance is suspended on its event bookmark, then the "decision" stimulus with the case's
/// correlation id until the instance is finished. The store is set up as the host sets it up.
/// </summary>
public static class RuntimeBenchmark
{
    /// <summary>A measured phase with the store calls and database writes made during it.</summary>
    public sealed record Phase(Measurement Measurement, StoreTimes Store, EfCoreCounts Writes);

    /// <summary>The best round's start phase and the best round's resume phase (fewest interruptions by other load).</summary>
    public sealed record Run(Phase Starts, Phase Resumes);

    /// <summary>On a SQLite file (WAL, synchronous=FULL) with <paramref name="stored"/> suspended instances already in it.</summary>
    /// <param name="observeWrites">Count EF Core's statements and flushes (for the profile; costs a few per cent).</param>
    public static async Task<Run> OnSqliteAsync(BenchmarkSettings settings, string folder, int stored, bool groupCommit, bool observeWrites = false)
    {
        var connectionString = $"Data Source={Path.Combine(folder, "workflows.db")}";
        var services = new ServiceCollection().AddFormEngineSqlite(connectionString, groupCommit);
        await using var provider = services.BuildServiceProvider();
        await WorkflowDatabase.MigrateAsync(provider);
        var checkpointer = provider.GetRequiredService<SqliteWalCheckpointer>();
        return await MeasureAsync(settings, provider.GetRequiredService<IWorkflowStore>(), stored, observeWrites,
            seed: async (template, count) => await SuspendedInstanceSeeder.SeedAsync(
                provider.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(), connectionString, template, count),
            // The host checkpoints from a background service; here between phases, so each starts with a short WAL.
            betweenPhases: () => checkpointer.CheckpointAsync());
    }

    /// <summary>On the in-memory store: the runtime's own cost, without a database.</summary>
    public static Task<Run> InMemoryAsync(BenchmarkSettings settings) =>
        MeasureAsync(settings, new InMemoryWorkflowStore(), 0, false, (_, _) => Task.CompletedTask, () => Task.CompletedTask);

    private static async Task<Run> MeasureAsync(BenchmarkSettings settings, IWorkflowStore inner, int stored, bool observeWrites,
        Func<string, int, Task> seed, Func<Task> betweenPhases)
    {
        var store = new TimedStore(inner);
        using var writes = new EfCoreActivity(observeWrites);
        var runtime = new WorkflowRuntime(store, ActivityRegistry.WithElsaActivities(), new WorkflowServices().Add<IWorkflowOutput>(new CollectingWorkflowOutput()));
        await runtime.PublishAsync(DecisionWorkflowJson.Read());

        async Task StartAsync(string caseId)
        {
            var run = await runtime.StartAsync(DecisionWorkflowJson.DefinitionId, correlationId: caseId);
            if (run.SubStatus != WorkflowSubStatus.Suspended || run.Bookmarks.Count != 1)
                throw new InvalidOperationException($"Case {caseId} is {run.Status}/{run.SubStatus} after its start, not waiting for its decision.");
        }
        async Task ResumeAsync(string caseId)
        {
            var result = await runtime.ResumeByStimulusAsync(Event.BookmarkName, Event.Stimulus(DecisionWorkflowJson.EventName), caseId, JsonValue.Create("approved"));
            if (result.Outcome != ResumeOutcome.Resumed || result.Runs is not [{ Status: WorkflowStatus.Finished }])
                throw new InvalidOperationException($"Case {caseId}'s decision was {result.Outcome}, with {result.Runs.Count} run(s) not finished.");
        }

        if (stored > 0)
        {
            var template = await runtime.StartAsync(DecisionWorkflowJson.DefinitionId, correlationId: "template");
            await seed(template.Instance!.Id, stored);
        }

        await LoadLoop.RunAsync("warm-up", settings.Warmup, settings.Workers, settings.PhaseLimit, i => StartAsync($"warm-{i}"));
        await LoadLoop.RunAsync("warm-up", settings.Warmup, settings.Workers, settings.PhaseLimit, i => ResumeAsync($"warm-{i}"));

        async Task<Phase> PhaseAsync(string name, int count, Func<int, Task> operation)
        {
            await betweenPhases();
            var (storeBefore, writesBefore) = (store.Snapshot(), writes.Snapshot());
            var measured = await LoadLoop.RunAsync(name, count, settings.Workers, settings.PhaseLimit, operation);
            return new Phase(measured, store.Snapshot().Since(storeBefore), writes.Snapshot().Since(writesBefore));
        }

        Phase? bestStarts = null, bestResumes = null;
        for (var round = 0; round < settings.Rounds; round++)
        {
            var starts = await PhaseAsync("start", settings.Operations, i => StartAsync($"case-{round}-{i}"));
            var resumes = await PhaseAsync("resume", starts.Measurement.Operations, i => ResumeAsync($"case-{round}-{i}"));
            if (bestStarts is null || starts.Measurement.PerSecond > bestStarts.Measurement.PerSecond) bestStarts = starts;
            if (bestResumes is null || resumes.Measurement.PerSecond > bestResumes.Measurement.PerSecond) bestResumes = resumes;
        }

        // The copies are real suspended instances: the last one finishes on its decision like any other.
        if (stored > 0) await ResumeAsync(SuspendedInstanceSeeder.CorrelationIdOf(stored - 1));
        return new Run(bestStarts!, bestResumes!);
    }
}
