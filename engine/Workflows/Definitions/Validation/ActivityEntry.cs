using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>An activity as the checks see it: its id and type, where it is, and what the catalogue knows of it (null: unknown).</summary>
internal sealed record ActivityEntry(string Id, string Type, string Pointer, JsonObject Json, ActivityTypeInfo? Info)
{
    public const string StartType = "Elsa.Start";

    /// <summary>Elsa exports put <c>canStartWorkflow</c> in customProperties or, in older files, at the top level.</summary>
    public bool CanStartWorkflow =>
        (Json["customProperties"] as JsonObject)?["canStartWorkflow"]?.GetValueKind() == JsonValueKind.True
        || Json["canStartWorkflow"]?.GetValueKind() == JsonValueKind.True;
}
