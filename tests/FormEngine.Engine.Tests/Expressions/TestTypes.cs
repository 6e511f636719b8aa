using System.Globalization;
using System.Text.Json;
using FormEngine.Expressions;

namespace FormEngine.Tests.Expressions;

/// <summary>Reads type names and typed values as the JSON case files write them ("List&lt;Number&gt;", "2024-06-15").</summary>
internal static class TestTypes
{
    public static ExprType Parse(string name)
    {
        if (name.StartsWith("List<", StringComparison.Ordinal) && name.EndsWith('>'))
            return ExprType.ListOf(Parse(name[5..^1]));
        return name switch
        {
            "Any" => ExprType.Any,
            "Null" => ExprType.Null,
            "Boolean" => ExprType.Boolean,
            "Number" => ExprType.Number,
            "Text" => ExprType.Text,
            "Date" => ExprType.Date,
            "Time" => ExprType.Time,
            "DateTime" => ExprType.DateTime,
            _ => throw new ArgumentException($"Unknown type name '{name}' in a test case."),
        };
    }

    /// <summary>A JSON value as the runtime value of <paramref name="type"/>.</summary>
    public static object? ToValue(JsonElement json, ExprType type)
    {
        if (json.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        return type.Kind switch
        {
            TypeKind.List => json.EnumerateArray().Select(e => ToValue(e, type.Element!)).ToArray(),
            TypeKind.Number => json.GetDecimal(),
            TypeKind.Boolean => json.GetBoolean(),
            TypeKind.Text => json.GetString(),
            TypeKind.Date => DateOnly.Parse(json.GetString()!, CultureInfo.InvariantCulture),
            TypeKind.Time => TimeOnly.Parse(json.GetString()!, CultureInfo.InvariantCulture),
            TypeKind.DateTime => DateTime.Parse(json.GetString()!, CultureInfo.InvariantCulture),
            _ => json.ValueKind switch
            {
                JsonValueKind.Number => json.GetDecimal(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Array => json.EnumerateArray().Select(e => ToValue(e, ExprType.Any)).ToArray(),
                _ => json.GetString(),
            },
        };
    }

    /// <summary>Does a runtime result equal the expected JSON? Numbers by value, dates as ISO strings.</summary>
    public static bool Matches(object? actual, JsonElement expected) => (actual, expected.ValueKind) switch
    {
        (null, JsonValueKind.Null) => true,
        (bool b, JsonValueKind.True or JsonValueKind.False) => b == expected.GetBoolean(),
        (decimal d, JsonValueKind.Number) => d == expected.GetDecimal(),
        (string s, JsonValueKind.String) => s == expected.GetString(),
        (DateOnly d, JsonValueKind.String) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == expected.GetString(),
        (IReadOnlyList<object?> list, JsonValueKind.Array) =>
            list.Count == expected.GetArrayLength() && list.Zip(expected.EnumerateArray()).All(p => Matches(p.First, p.Second)),
        _ => false,
    };

    public static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyList<object?> list => $"[{string.Join(", ", list.Select(Show))}]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
    };
}
