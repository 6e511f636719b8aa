using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Workflows.Definitions;

/// <summary>
/// Lenient reads of Elsa JSON: exports differ (numbers as strings, missing properties), and a wrong kind of
/// value must become a diagnostic later, never an exception while loading.
/// </summary>
internal static class JsonRead
{
    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static int? Int(JsonNode? node)
    {
        if (node is not JsonValue value) return null;
        if (value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)) return number;
        return int.TryParse(String(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    public static bool Bool(JsonNode? node) => node?.GetValueKind() == JsonValueKind.True
        || string.Equals(String(node), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Text of a scalar whatever its kind (Elsa writes default values as strings, but not always).</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value => value.ToJsonString(),
        _ => node.ToJsonString(),
    };
}
