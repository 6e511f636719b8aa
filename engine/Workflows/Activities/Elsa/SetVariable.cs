using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Activities.Elsa;

/// <summary>Sets a workflow variable (named, or referenced by its id as Elsa exports do).</summary>
[Activity("Elsa.SetVariable", Pure = true, Category = "Primitives", Description = "Sets a variable.")]
[Outcomes(ActivityResult.Done)]
public sealed class SetVariable : IActivity
{
    [Input(Description = "The variable: its name, or {id, name}.", LiteralOnly = true)]
    public JsonNode? Variable { get; set; }

    [Input(Description = "The new value.")]
    public JsonNode? Value { get; set; }

    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (NameOf(Variable) is not { Length: > 0 } name)
            return ValueTask.FromResult(ActivityResult.Fault("InvalidInput", "SetVariable has no variable."));
        context.SetVariable(name, Value?.DeepClone());
        return ValueTask.FromResult(ActivityResult.DoneResult);
    }

    /// <summary>The name, else the id (the runtime resolves either).</summary>
    private static string? NameOf(JsonNode? variable) => variable switch
    {
        JsonObject obj => (obj["name"] ?? obj["id"])?.ToString(),
        JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().TrimStart().StartsWith('{') =>
            NameOf(JsonNode.Parse(text.GetValue<string>())),
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => null,
    };
}
