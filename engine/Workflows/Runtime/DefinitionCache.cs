using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FormEngine.Diagnostics;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Persistence;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Definition versions prepared for execution, by (definition id, version). A running instance always loads
/// the version it started on from the store, so publishing a new version never changes it.
/// </summary>
public sealed class DefinitionCache(IWorkflowStore store, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string, int), WorkflowPlan> _plans = new();

    /// <summary>Stores a definition version (a no-op when the same content is already stored) and prepares it.</summary>
    public async Task<WorkflowPlan> PublishAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var json = definition.Json.ToJsonString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        await store.SaveDefinitionAsync(new StoredDefinition(definition.DefinitionId, definition.Version, json, hash, time.GetUtcNow()), cancellationToken);
        return _plans.GetOrAdd((definition.DefinitionId, definition.Version), _ => new WorkflowPlan(definition));
    }

    public async Task<WorkflowPlan> GetAsync(string definitionId, int version, CancellationToken cancellationToken)
    {
        if (_plans.TryGetValue((definitionId, version), out var plan)) return plan;
        var stored = await store.FindDefinitionAsync(definitionId, version, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow definition {definitionId} version {version} is not stored.");
        return _plans.GetOrAdd((definitionId, version), _ => new WorkflowPlan(Parse(stored)));
    }

    public async Task<WorkflowPlan> GetLatestAsync(string definitionId, CancellationToken cancellationToken)
    {
        var stored = await store.FindLatestDefinitionAsync(definitionId, cancellationToken)
            ?? throw new InvalidOperationException($"Workflow definition {definitionId} is not stored.");
        return _plans.GetOrAdd((definitionId, stored.Version), _ => new WorkflowPlan(Parse(stored)));
    }

    private static WorkflowDefinition Parse(StoredDefinition stored)
    {
        var diagnostics = new DiagnosticBag();
        return WorkflowDefinitionReader.Read($"{stored.DefinitionId}@{stored.Version}", stored.Json, diagnostics)
            ?? throw new InvalidOperationException($"Stored workflow {stored.DefinitionId} version {stored.Version} cannot be read: {string.Join("; ", diagnostics.Items)}");
    }
}
