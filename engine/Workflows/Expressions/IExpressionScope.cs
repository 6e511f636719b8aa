using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Expressions;

/// <summary>What an expression can see and change: the instance's variables, inputs and identity.</summary>
public interface IExpressionScope
{
    IReadOnlyCollection<string> VariableNames { get; }
    JsonNode? GetVariable(string name);
    void SetVariable(string name, JsonNode? value);
    JsonNode? GetInput(string name);
    IReadOnlyCollection<string> InputNames { get; }
    string? CorrelationId { get; }
    string WorkflowInstanceId { get; }
}
