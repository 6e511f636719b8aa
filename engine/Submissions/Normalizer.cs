using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>
/// Step 1: reads each answer as its field's type (trimmed text, numbers from "1 000" or "2,5", 12-digit
/// personnummer...), drops empty answers and empty rows, and discards anything the client may not set.
/// Unknown properties stay, so that validation reports them.
/// </summary>
internal static class Normalizer
{
    public static JsonObject Normalize(CompiledForm form, JsonObject raw, DateOnly today)
    {
        var result = NormalizeObject(form.Fields, raw, today);
        if (form.Definition.Terms is not null && raw.TryGetPropertyValue(SchemaNames.TermsAccepted, out var accepted))
        {
            result.Remove(SchemaNames.TermsAccepted);
            if (IsAccepted(accepted)) result[SchemaNames.TermsAccepted] = true;
        }
        return result;
    }

    private static bool IsAccepted(JsonNode? value) =>
        JsonNumbers.IsTrue(value) || (JsonNumbers.TryGetString(value, out var s) && s.Trim().ToLowerInvariant() is "true" or "on" or "ja" or "yes");

    private static JsonObject NormalizeObject(IReadOnlyList<CompiledField> fields, JsonObject raw, DateOnly today)
    {
        var result = new JsonObject();
        foreach (var (key, value) in raw)
        {
            if (value is null) continue;
            var field = fields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                result[key] = value.DeepClone();
                continue;
            }
            if (field.IsServerOwned) continue;
            var normalized = NormalizeValue(field, value, today);
            if (normalized is not null) result[key] = normalized;
        }
        return result;
    }

    private static JsonNode? NormalizeValue(CompiledField field, JsonNode value, DateOnly today)
    {
        switch (field.Type.Shape)
        {
            case ValueShape.Group:
                return value is JsonObject group ? NormalizeObject(field.Children, group, today) : value.DeepClone();
            case ValueShape.Repeat:
                if (value is not JsonArray rows) return value.DeepClone();
                var kept = new JsonArray();
                foreach (var row in rows)
                {
                    if (row is JsonObject rowObject)
                    {
                        var normalized = NormalizeObject(field.Children, rowObject, today);
                        if (normalized.Count > 0) kept.Add(normalized);
                    }
                    else if (row is not null) kept.Add(row.DeepClone());
                }
                return kept.Count == 0 ? null : kept;
            default:
                var result = field.Type.Normalize(value.DeepClone(), today);
                return result?.Parent is null ? result : result.DeepClone();
        }
    }
}
