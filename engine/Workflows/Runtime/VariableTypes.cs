using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Workflows.Definitions;

namespace FormEngine.Workflows.Runtime;

/// <summary>
/// Keeps a variable's value in its declared type (Elsa's aliases): a JavaScript result 2.0 stored in an Int32
/// variable becomes 2, a default written as the string "0" becomes the number 0. Values that do not convert
/// are kept as given rather than lost.
/// </summary>
public static class VariableTypes
{
    public static JsonNode? DefaultOf(VariableDefinition variable) =>
        variable.Value is null ? null : Coerce(variable.TypeName, variable.IsArray, JsonValue.Create(variable.Value));

    public static JsonNode? Coerce(string typeName, bool isArray, JsonNode? value)
    {
        if (value is null) return null;
        var type = typeName.TrimEnd('?');
        try
        {
            if (isArray || type is "JSON" or "Object" || type.EndsWith("[]", StringComparison.Ordinal))
                return value is JsonValue v && v.GetValueKind() == JsonValueKind.String && LooksLikeJson(v.GetValue<string>()) && type != "Object"
                    ? JsonNode.Parse(v.GetValue<string>()) : value;
            return type switch
            {
                "String" => value is JsonValue s && s.GetValueKind() == JsonValueKind.String ? value : JsonValue.Create(Activities.InputConverter.Text(value)),
                "Int32" => JsonValue.Create((int)Number(value)),
                "Int64" => JsonValue.Create((long)Number(value)),
                "Decimal" => JsonValue.Create(Number(value)),
                "Double" or "Single" => JsonValue.Create((double)Number(value)),
                "Boolean" => JsonValue.Create(Activities.InputConverter.Bool(value)),
                _ => value,
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidOperationException or JsonException)
        {
            return value;
        }
    }

    private static decimal Number(JsonNode value) => value.GetValueKind() == JsonValueKind.Number
        ? Math.Round(Activities.InputConverter.NumberOf(value), 10)
        : decimal.Parse(Activities.InputConverter.Text(value), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool LooksLikeJson(string text) => text.TrimStart() is { Length: > 0 } t && (t[0] == '{' || t[0] == '[');
}
