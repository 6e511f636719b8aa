using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Expressions;

/// <summary>
/// Elsa refers to a variable by name, by id (memory reference), or by a JSON object <c>{id, name}</c> that is
/// sometimes itself written as a string. All of them resolve to the variable's name.
/// </summary>
public static class VariableReference
{
    public static string NameOf(JsonNode? reference, IExpressionScope scope)
    {
        var node = reference;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>().Trim();
            if (!text.StartsWith('{')) return text;
            try { node = JsonNode.Parse(text); }
            catch (JsonException) { return text; }
        }
        if (node is JsonObject obj)
        {
            var name = obj["name"] is JsonValue n && n.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null;
            var id = obj["id"] is JsonValue i && i.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : null;
            if (name is not null && scope.VariableNames.Contains(name)) return name;
            return id ?? name ?? "";
        }
        return node?.ToJsonString() ?? "";
    }
}
