using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Workflows.Expressions;

namespace FormEngine.Workflows.Definitions.Validation;

/// <summary>
/// The outcomes an activity can complete with: its type's fixed ones and those its input lists (a switch's case
/// labels, a fork's branches, the decisions a staff member may take). The list may be a JSON array of strings or
/// of objects with a <c>label</c> (or <c>name</c>), a JSON array in a string, or a comma-separated string.
/// </summary>
internal static class OutcomeList
{
    /// <returns>Null when they cannot be known before the activity runs: an unknown type, or a list computed by an expression.</returns>
    public static IReadOnlyList<string>? Of(ActivityEntry activity)
    {
        if (activity.Info is not { } info) return null;
        if (info.OutcomesFromInput is not { } input) return info.Outcomes;
        var listed = Listed(activity.Json[input]);
        return listed is null ? null : [.. info.Outcomes, .. listed];
    }

    private static IReadOnlyList<string>? Listed(JsonNode? node)
    {
        if (node is JsonObject wrapper && wrapper["expression"] is JsonObject expression)
        {
            var type = JsonRead.String(expression["type"]) ?? ExpressionTypes.Literal;
            if (type is not (ExpressionTypes.Literal or ExpressionTypes.Object)) return null;
            node = expression["value"];
        }
        switch (node)
        {
            case null:
                return [];
            case JsonArray items:
                return [.. items.Select(Label).OfType<string>()];
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>().Trim();
                if (text.StartsWith('['))
                {
                    try
                    {
                        return JsonNode.Parse(text) is JsonArray parsed ? [.. parsed.Select(Label).OfType<string>()] : null;
                    }
                    catch (JsonException)
                    {
                        return null;
                    }
                }
                return [.. text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
            default:
                return null;
        }
    }

    private static string? Label(JsonNode? item) => item switch
    {
        JsonObject o => JsonRead.String(o["label"]) ?? JsonRead.String(o["name"]),
        _ => JsonRead.String(item),
    };
}
