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
        SchemaCondition.All a => a.Items.All(i => Holds(i, obj)),
        SchemaCondition.Any a => a.Items.Any(i => Holds(i, obj)),
        SchemaCondition.Is e => Find(obj, e.Path, out var v) && JsonEquals(v, e.Value),
        SchemaCondition.OneOf o => Find(obj, o.Path, out var v) && o.Values.Any(x => JsonEquals(v, x)),
        SchemaCondition.Contains c => Find(obj, c.Path, out var v) && v is JsonArray array && array.Any(i => JsonEquals(i, c.Value)),
        SchemaCondition.Compare c => Find(obj, c.Path, out var v) && JsonNumbers.TryGetDecimal(v, out var d) && Compare(d, c.Operator, c.Value),
        SchemaCondition.Present p => Find(obj, p.Path, out var v) && NativeValidator.Validate(p.Shape, v).Count == 0,
        _ => false,
    };

    private static bool Compare(decimal value, string op, decimal limit) => op switch
    {
        "<" => value < limit,
        "<=" => value <= limit,
        ">" => value > limit,
        _ => value >= limit,
    };

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
        decimal d => JsonNumbers.TryGetDecimal(node, out var n) && n == d,
        bool b => node?.GetValueKind() == (b ? JsonValueKind.True : JsonValueKind.False),
        _ => false,
    };
}
