using FormEngine.WorkflowBenchmarks.Harness;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Services;

namespace FormEngine.WorkflowBenchmarks.Peer;

/// <summary>
/// WorkflowCore 3.22.0 with its in-memory store (the only store it is served with here, so its figures are an
/// upper bound for it) and its default options, on <see cref="DecisionWorkflow"/>: starts until the instance waits
/// for its decision, then decisions published until the instance completes.
/// </summary>
public static class WorkflowCoreBenchmark
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(60);

    public static async Task<EnginePhases> RunAsync(BenchmarkSettings settings, int stored)
    {
        var persistence = new ObservedPersistence(new MemoryPersistenceProvider());
        var services = new ServiceCollection();
        services.AddLogging();
        // Default options: raising MaxConcurrentWorkflows from 4 to the 16 workers made no measurable difference.
        services.AddWorkflow(options => options.UsePersistence(_ => persistence));
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<DecisionWorkflow, CaseData>();
        await host.StartAsync(CancellationToken.None);
        try
        {
            async Task<string> StartAsync(string caseId)
            {
                var id = await host.StartWorkflow(new DecisionWorkflow().Id, new CaseData { CaseId = caseId });
                await persistence.WaitingAsync(id).WaitAsync(OperationTimeout);
                return id;
            }
            async Task ResumeAsync(string id, string caseId)
            {
                await host.PublishEvent(DecisionWorkflow.EventName, caseId, "approved");
                await persistence.CompletedAsync(id).WaitAsync(OperationTimeout);
                persistence.Forget(id);
            }

            var template = await StartAsync("case-template");
            var storedIds = await StoredWorkflowCloner.CloneAsync(persistence.Inner, template, "case-template", stored, StoredCaseId);

            var warm = new string[settings.Warmup];
            await LoadLoop.RunAsync("warm-up", settings.Warmup, settings.Workers, settings.PhaseLimit, async i => warm[i] = await StartAsync($"warm-{i}"));
            await LoadLoop.RunAsync("warm-up", settings.Warmup, settings.Workers, settings.PhaseLimit, i => ResumeAsync(warm[i], $"warm-{i}"));

            Measurement? bestStarts = null, bestResumes = null;
            for (var round = 0; round < settings.Rounds; round++)
            {
                var ids = new string[settings.Operations];
                var starts = await LoadLoop.RunAsync("start", settings.Operations, settings.Workers, settings.PhaseLimit, async i => ids[i] = await StartAsync($"case-{round}-{i}"));
                var resumes = await LoadLoop.RunAsync("resume", starts.Operations, settings.Workers, settings.PhaseLimit, i => ResumeAsync(ids[i], $"case-{round}-{i}"));
                if (bestStarts is null || starts.PerSecond > bestStarts.PerSecond) bestStarts = starts;
                if (bestResumes is null || resumes.PerSecond > bestResumes.PerSecond) bestResumes = resumes;
            }

            // The copies are real waiting instances: the last one completes on its decision like any other.
            if (stored > 0) await ResumeAsync(storedIds[^1], StoredCaseId(stored - 1));
            return new EnginePhases(bestStarts!, bestResumes!);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static string StoredCaseId(int i) => $"stored-{i}";
}
