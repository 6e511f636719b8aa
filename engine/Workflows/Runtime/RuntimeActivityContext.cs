using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// The runtime's view of an instance for one activity: variables (by name or id, kept in their declared
/// types), inputs, outputs, identity, the clock. Also the scope expressions are evaluated in.
/// </summary>
internal sealed class RuntimeActivityContext(
    WorkflowInstance instance, WorkflowState state, WorkflowPlan plan, ActivityNode node,
    ExpressionEvaluator evaluator, TimeProvider time, CancellationToken cancellationToken) : ActivityContext, IExpressionScope
{
    public override string ActivityId => node.Id;
    public override string WorkflowInstanceId => instance.Id;
    public override string? CorrelationId { get => instance.CorrelationId; set => instance.CorrelationId = value; }
    public override DateTimeOffset Now => time.GetUtcNow();
    public override CancellationToken CancellationToken => cancellationToken;
    public override string? InstanceName { get => instance.Name; set => instance.Name = value; }

    public IReadOnlyCollection<string> VariableNames => [.. plan.Definition.Variables.Select(v => v.Name).Union(state.Variables.Select(p => p.Key))];
    public IReadOnlyCollection<string> InputNames => [.. state.Inputs.Select(p => p.Key)];

    public override JsonNode? GetVariable(string name) => state.Variables[Resolve(name)]?.DeepClone();

    public override void SetVariable(string name, JsonNode? value)
    {
        var resolved = Resolve(name);
        var declared = plan.Definition.Variables.FirstOrDefault(v => v.Name == resolved);
        state.Variables[resolved] = declared is null ? value?.DeepClone() : VariableTypes.Coerce(declared.TypeName, declared.IsArray, value?.DeepClone());
    }

    public override JsonNode? GetInput(string name) => state.Inputs[name]?.DeepClone();

    public override void SetOutput(string name, JsonNode? value) => state.Outputs[name] = value?.DeepClone();

    public override ValueTask<JsonNode?> EvaluateAsync(JsonObject expression) => ValueTask.FromResult(evaluator.Evaluate(expression, this));

    /// <summary>Elsa binds an activity output to a variable with <c>{"memoryReference": {"id": variableId}}</c>.</summary>
    public override void SetActivityOutput(string outputName, JsonNode? value)
    {
        if (node.Json[outputName] is JsonObject binding && binding["memoryReference"]?["id"]?.ToString() is { Length: > 0 } id)
            SetVariable(id, value);
    }

    /// <summary>A variable's name, given its name or its id (memory reference).</summary>
    private string Resolve(string nameOrId) =>
        plan.Definition.Variables.FirstOrDefault(v => v.Name == nameOrId)?.Name
        ?? plan.Definition.Variables.FirstOrDefault(v => v.Id == nameOrId)?.Name
        ?? nameOrId;
}
