using System.Text.Json.Nodes;
using FormEngine.Workflows.Activities;
using FormEngine.Workflows.Definitions;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Tests.Workflows;

/// <summary>An <see cref="ActivityContext"/> over plain dictionaries, with the real expression evaluator.</summary>
public sealed class TestActivityContext : ActivityContext, IExpressionScope
{
    public ExpressionEvaluator Evaluator { get; } = new();
    public JsonObject Variables { get; } = [];
    public JsonObject Inputs { get; } = [];
    public JsonObject Outputs { get; } = [];
    /// <summary>Outputs written with <see cref="SetActivityOutput"/>, by output name.</summary>
    public JsonObject ActivityOutputs { get; } = [];
    public ActivityNode? Node { get; set; }

    public override string ActivityId => "Activity1";
    public override string WorkflowInstanceId => "instance-1";
    public override string? CorrelationId { get; set; }
    public DateTimeOffset Clock { get; set; } = WorkflowTestHost.Epoch;
    public override DateTimeOffset Now => Clock;
    public override CancellationToken CancellationToken => CancellationToken.None;
    public override string? InstanceName { get; set; }

    public IReadOnlyCollection<string> VariableNames => [.. Variables.Select(p => p.Key)];
    public IReadOnlyCollection<string> InputNames => [.. Inputs.Select(p => p.Key)];

    public override JsonNode? GetVariable(string name) => Variables[name]?.DeepClone();
    public override void SetVariable(string name, JsonNode? value) => Variables[name] = value?.DeepClone();
    public override JsonNode? GetInput(string name) => Inputs[name]?.DeepClone();
    public override void SetOutput(string name, JsonNode? value) => Outputs[name] = value?.DeepClone();
    public override void SetActivityOutput(string outputName, JsonNode? value) => ActivityOutputs[outputName] = value?.DeepClone();
    public override ValueTask<JsonNode?> EvaluateAsync(JsonObject expression) => ValueTask.FromResult(Evaluator.Evaluate(expression, this));
}
