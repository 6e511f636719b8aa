using System.Text.Json;
using System.Text.Json.Nodes;

namespace FormEngine.Submissions;

/// <summary>Reads numbers from JSON nodes whether they came from parsed text or were created in code.</summary>
public static class JsonNumbers
{
    public static bool TryGetDecimal(JsonNode? node, out decimal value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number) return false;
        if (v.TryGetValue<JsonElement>(out var e)) return e.TryGetDecimal(out value);
        if (v.TryGetValue<decimal>(out value)) return true;
        if (v.TryGetValue<long>(out var l)) { value = l; return true; }
        if (v.TryGetValue<int>(out var i)) { value = i; return true; }
        if (v.TryGetValue<double>(out var d) && double.IsFinite(d) && Math.Abs(d) < 7.9e28) { value = (decimal)d; return true; }
        return false;
    }

    public static bool TryGetString(JsonNode? node, out string value)
    {
        value = "";
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.String) return false;
        return v.TryGetValue(out value!);
    }

    public static bool IsTrue(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.True;
}
