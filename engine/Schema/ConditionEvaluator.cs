using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Submissions;

namespace FormEngine.Schema;

/// <summary>Evaluates a <see cref="SchemaCondition"/> with the meaning of the <c>if</c> subschema it is written as.</summary>
internal static class ConditionEvaluator
{
    public static bool Holds(SchemaCondition condition, JsonObject obj) => condition switch
    {
        SchemaCondition.Not n => !Holds(n.Inner, obj),
        SchemaCondition.All a => All(a.Items, obj),
        SchemaCondition.Any a => Any(a.Items, obj),
        SchemaCondition.Is e => Find(obj, e.Path, out var v) && JsonEquals(v, e.Value),
        SchemaCondition.OneOf o => Find(obj, o.Path, out var v) && EqualsAny(v, o.Values),
        SchemaCondition.Contains c => Find(obj, c.Path, out var v) && v is JsonArray array && ArrayContains(array, c.Value),
        SchemaCondition.Compare c => Find(obj, c.Path, out var v) && IsNumber(v) && Compare(ExactNumber.Compare(v!, c.Value), c.Operator),
        SchemaCondition.Present p => Find(obj, p.Path, out var v) && NativeValidator.Validate(p.Shape, v).Count == 0,
        _ => false,
    };

    // Loops rather than LINQ: conditions run for every object of every submission, and lambdas capturing obj allocate.
    private static bool All(IReadOnlyList<SchemaCondition> items, JsonObject obj)
    {
        for (var i = 0; i < items.Count; i++)
            if (!Holds(items[i], obj)) return false;
        return true;
    }

    private static bool Any(IReadOnlyList<SchemaCondition> items, JsonObject obj)
    {
        for (var i = 0; i < items.Count; i++)
            if (Holds(items[i], obj)) return true;
        return false;
    }

    private static bool EqualsAny(JsonNode? node, IReadOnlyList<object> constants)
    {
        for (var i = 0; i < constants.Count; i++)
            if (JsonEquals(node, constants[i])) return true;
        return false;
    }

    private static bool ArrayContains(JsonArray array, object constant)
    {
        for (var i = 0; i < array.Count; i++)
            if (JsonEquals(array[i], constant)) return true;
        return false;
    }

    /// <param name="order">How the value compares with the constant: -1, 0 or 1.</param>
    private static bool Compare(int order, string op) => op switch
    {
        "<" => order < 0,
        "<=" => order <= 0,
        ">" => order > 0,
        _ => order >= 0,
    };

    private static bool IsNumber(JsonNode? node) => node?.GetValueKind() == JsonValueKind.Number;

    /// <summary>Each step but the last must be an object holding the next name.</summary>
    private static bool Find(JsonObject obj, IReadOnlyList<string> path, out JsonNode? value)
    {
        value = null;
        JsonObject current = obj;
        for (var i = 0; i < path.Count; i++)
        {
            if (!current.TryGetPropertyValue(path[i], out var next)) return false;
            if (i == path.Count - 1)
            {
                value = next;
                return true;
            }
            if (next is not JsonObject nested) return false;
            current = nested;
        }
        return false;
    }

    private static bool JsonEquals(JsonNode? node, object constant) => constant switch
    {
        string s => JsonNumbers.TryGetString(node, out var t) && t == s,
        decimal d => IsNumber(node) && ExactNumber.Compare(node!, d) == 0,
        bool b => node?.GetValueKind() == (b ? JsonValueKind.True : JsonValueKind.False),
        _ => false,
    };
}
