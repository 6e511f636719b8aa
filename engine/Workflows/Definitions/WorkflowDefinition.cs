using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// An Elsa 3 workflow definition. The JSON document is kept whole (<see cref="Json"/>): unknown activity types,
/// unknown properties and designer metadata survive a load/save round trip. The typed properties are views
/// over it, read once at load.
/// </summary>
public sealed class WorkflowDefinition
{
    public required JsonObject Json { get; init; }
    public required string DefinitionId { get; init; }
    /// <summary>This version's own id.</summary>
    public string? Id { get; init; }
    public string? Name { get; init; }
    public required int Version { get; init; }
    public required IReadOnlyList<VariableDefinition> Variables { get; init; }
    public required IReadOnlyList<IoDefinition> Inputs { get; init; }
    public required IReadOnlyList<IoDefinition> Outputs { get; init; }
    public required Flowchart Root { get; init; }
    /// <summary>Where it was read from, for diagnostics.</summary>
    public string File { get; init; } = "";
}

/// <summary>The root <c>Elsa.Flowchart</c>: activities and the connections between their ports.</summary>
public sealed class Flowchart
{
    public required JsonObject Json { get; init; }
    public required string Id { get; init; }
    public required IReadOnlyList<ActivityNode> Activities { get; init; }
    public required IReadOnlyList<Connection> Connections { get; init; }
    /// <summary>Flowchart-level variables (Elsa allows them beside the definition's).</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    public ActivityNode? Find(string activityId) => Activities.FirstOrDefault(a => a.Id == activityId);
}

/// <param name="TypeName">Elsa's alias: String, Int32, Boolean, Object, JSON... (<c>?</c> = nullable).</param>
/// <param name="Value">The default, as the string Elsa stores.</param>
public sealed record VariableDefinition(string Id, string Name, string TypeName, bool IsArray, string? Value, JsonObject Json);

/// <summary>A workflow input or output: <c>{type, name, displayName, description, category, isArray}</c>.</summary>
public sealed record IoDefinition(string Name, string Type, bool IsArray, JsonObject Json);

/// <summary>
/// A connection from a source port (an outcome) to a target. Older exports write it flat
/// (<c>source, target, sourcePort, targetPort</c>); both read the same, and each is written back as it came.
/// </summary>
public sealed record Connection(string Source, string SourcePort, string Target, string TargetPort, JsonObject Json);
