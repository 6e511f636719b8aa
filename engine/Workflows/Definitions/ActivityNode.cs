using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// One activity of a flowchart: the envelope (<c>id, type, version, name, customProperties, metadata</c>) and
/// its inputs, one camelCase property each. An unknown type is kept as it is (Elsa's NotFoundActivity).
/// </summary>
public sealed class ActivityNode
{
    private static readonly HashSet<string> Envelope =
        ["id", "nodeId", "name", "type", "version", "customProperties", "metadata", "canStartWorkflow", "runAsynchronously", "source", "line"];

    public required JsonObject Json { get; init; }
    public required string Id { get; init; }
    public required string Type { get; init; }
    public int Version { get; init; } = 1;
    public string? Name { get; init; }

    /// <summary>Elsa exports put <c>canStartWorkflow</c> in customProperties or, in older files, at the top level.</summary>
    public bool CanStartWorkflow =>
        (Json["customProperties"] as JsonObject)?["canStartWorkflow"]?.GetValueKind() == System.Text.Json.JsonValueKind.True
        || Json["canStartWorkflow"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    /// <summary>The input property by its camelCase name, as an expression; null when absent.</summary>
    public InputValue? Input(string name)
    {
        var node = Json[name];
        return node is null ? null : InputValue.From(node);
    }

    /// <summary>Names of every property that is not part of the envelope: the inputs (and unknown extras).</summary>
    public IEnumerable<string> InputNames => Json.Select(p => p.Key).Where(k => !Envelope.Contains(k));

    public override string ToString() => $"{Name ?? Id} ({Type})";
}

/// <summary>
/// An input's expression: <c>{typeName, expression: {type, value}}</c>; a bare JSON primitive counts as a
/// Literal. Types: Literal, Object (JSON in a string), Variable, Input, JavaScript, Liquid (CSharp and Python
/// exist in Elsa and are rejected).
/// </summary>
public sealed record InputValue(string ExpressionType, JsonNode? Value, string? TypeName, JsonNode Json)
{
    public static InputValue From(JsonNode node)
    {
        if (node is JsonObject obj && obj["expression"] is JsonObject expression)
            return new InputValue(expression["type"]?.GetValue<string>() ?? "Literal", expression["value"], obj["typeName"]?.GetValue<string>(), node);
        if (node is JsonObject direct && direct["type"] is JsonValue && direct.ContainsKey("value") && !direct.ContainsKey("typeName"))
            return new InputValue(direct["type"]!.GetValue<string>(), direct["value"], null, node);
        return new InputValue("Literal", node, null, node);
    }
}
