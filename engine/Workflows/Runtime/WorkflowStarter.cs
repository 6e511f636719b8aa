using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Creates an instance pinned to a definition version, with the definition's variable defaults and the given
/// inputs, commits it (so that a crash from here on is recovered), then runs it.
/// </summary>
internal sealed class WorkflowStarter(WorkflowRunner runner, TimeProvider time)
{
    public async Task<WorkflowRunResult> StartAsync(WorkflowPlan plan, JsonObject? inputs, string? correlationId, FollowUps followUps, CancellationToken cancellationToken)
    {
        var definition = plan.Definition;
        var now = time.GetUtcNow();
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            CorrelationId = correlationId,
            Name = definition.Name,
            CreatedAt = now,
            UpdatedAt = now,
            Status = WorkflowStatus.Running,
            SubStatus = WorkflowSubStatus.Executing,
        };
        var state = new WorkflowState { Inputs = (JsonObject?)inputs?.DeepClone() ?? [] };
        foreach (var variable in definition.Variables) state.Variables[variable.Name] = VariableTypes.DefaultOf(variable);
        new FlowchartScheduler(plan, state, _ => null).StartRoot();
        await runner.CommitAsync(instance, state, isNew: true, null, [], followUps, cancellationToken);
        return await runner.RunAsync(instance, state, plan, followUps, cancellationToken);
    }
}
