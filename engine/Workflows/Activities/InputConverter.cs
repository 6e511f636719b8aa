using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace FormEngine.Workflows.Activities;

/// <summary>
/// Converts an evaluated input (JSON) to the property's CLR type. Elsa writes most literals as strings
/// ("true", "5", "00:00:05"), so strings are parsed with the invariant culture.
/// </summary>
public static class InputConverter
{
    public static object? Convert(JsonNode? value, Type target)
    {
        var nullable = Nullable.GetUnderlyingType(target);
        if (value is null || IsBlankForValueType(value, target))
            return target.IsValueType && nullable is null ? Activator.CreateInstance(target) : null;
        var type = nullable ?? target;
        if (type == typeof(JsonNode)) return value.DeepClone();
        if (type == typeof(string)) return Text(value);
        if (type == typeof(bool)) return Bool(value);
        if (type == typeof(int)) return (int)Number(value);
        if (type == typeof(long)) return (long)Number(value);
        if (type == typeof(double)) return (double)Number(value);
        if (type == typeof(decimal)) return Number(value);
        if (type == typeof(TimeSpan)) return Duration(Text(value));
        if (type == typeof(DateTimeOffset)) return DateTimeOffset.Parse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (type == typeof(string[])) return Strings(value);
        if (type.IsEnum) return Enum.Parse(type, Text(value), ignoreCase: true);
        throw new NotSupportedException($"Inputs of type {type.Name} are not supported.");
    }

    public static string Text(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value.ToJsonString();

    public static bool Bool(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.Number => NumberOf(value) != 0,
        JsonValueKind.String => bool.TryParse(value.GetValue<string>().Trim(), out var b) ? b : throw new FormatException($"'{value.GetValue<string>()}' is not true or false."),
        _ => false,
    };

    private static bool IsBlankForValueType(JsonNode value, Type target) =>
        target != typeof(string) && value is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetValue<string>());

    private static decimal Number(JsonNode value) => value.GetValueKind() == JsonValueKind.Number
        ? NumberOf(value)
        : decimal.Parse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>
    /// A JSON number whatever CLR type backs it: a JsonValue made from an int refuses GetValue&lt;double&gt;,
    /// so the number is read from its JSON text.
    /// </summary>
    public static decimal NumberOf(JsonNode value) =>
        decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>"00:00:05" as Elsa writes it, or ISO 8601 "PT5S".</summary>
    private static TimeSpan Duration(string text) => text.StartsWith('P')
        ? XmlConvert.ToTimeSpan(text)
        : TimeSpan.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A JSON array, a JSON array written as a string, or a comma-separated list.</summary>
    private static string[] Strings(JsonNode value)
    {
        if (value is JsonArray array) return [.. array.Where(i => i is not null).Select(i => Text(i!))];
        var text = Text(value).Trim();
        if (text.StartsWith('[') && JsonNode.Parse(text) is JsonArray parsed) return Strings(parsed);
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
