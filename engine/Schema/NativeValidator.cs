using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Submissions;

namespace FormEngine.Schema;

/// <summary>
/// Step 5, natively: checks a normalised submission against the compiled <see cref="SchemaNode"/> tree with
/// exactly the meaning of the JSON Schema keywords it is published as (a property-based test holds us to
/// JsonSchema.Net's verdicts). It walks the tree once; beyond the result list and its path it allocates only
/// for problems found.
/// </summary>
public static class NativeValidator
{
    public static List<ValidationIssue> Validate(SchemaNode root, JsonNode? document)
    {
        var issues = new List<ValidationIssue>();
        Check(root, document, new PathBuilder(), issues);
        return issues;
    }

    private static void Check(SchemaNode schema, JsonNode? value, PathBuilder path, List<ValidationIssue> issues)
    {
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        if (!TypeMatches(schema.Type, value, kind))
        {
            issues.Add(Issue(schema, path, "type"));
            return; // every other keyword ignores values of other types, or would only repeat this problem
        }
        if (schema.ConstTrue && kind != JsonValueKind.True) issues.Add(new ValidationIssue(path.ToString(), "terms", schema.Field));
        switch (kind)
        {
            case JsonValueKind.String:
                CheckString(schema, value!.GetValue<string>(), path, issues);
                break;
            case JsonValueKind.Number:
                if (schema.Minimum is { } minimum && ExactNumber.Compare(value!, minimum) < 0) issues.Add(Issue(schema, path, "min", minimum));
                if (schema.Maximum is { } maximum && ExactNumber.Compare(value!, maximum) > 0) issues.Add(Issue(schema, path, "max", maximum));
                break;
            case JsonValueKind.Array:
                CheckArray(schema, (JsonArray)value!, path, issues);
                break;
            case JsonValueKind.Object:
                CheckObject(schema, (JsonObject)value!, path, issues);
                break;
        }
    }

    private static bool TypeMatches(SchemaType type, JsonNode? value, JsonValueKind kind) => type switch
    {
        SchemaType.Any => true,
        SchemaType.String => kind == JsonValueKind.String,
        SchemaType.Number => kind == JsonValueKind.Number,
        SchemaType.Integer => kind == JsonValueKind.Number && ExactNumber.IsInteger(value!),
        SchemaType.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
        SchemaType.Object => kind == JsonValueKind.Object,
        _ => kind == JsonValueKind.Array,
    };

    private static void CheckString(SchemaNode schema, string text, PathBuilder path, List<ValidationIssue> issues)
    {
        if (schema.Enum is not null && !schema.Enum.Contains(text)) issues.Add(Issue(schema, path, "choice"));
        if (schema.Format is not null && Formats.Checks.TryGetValue(schema.Format, out var check) && !check(text))
            issues.Add(Issue(schema, path, "format"));
        if (schema.MinLength is not null || schema.MaxLength is not null)
        {
            var length = TextLength.Of(text);
            if (schema.MinLength is { } min && length < min) issues.Add(Issue(schema, path, "min_length", min));
            if (schema.MaxLength is { } max && length > max) issues.Add(Issue(schema, path, "max_length", max));
        }
        if (schema.PatternRegex is { } regex && !Matches(regex, text)) issues.Add(Issue(schema, path, "pattern"));
    }

    private static bool Matches(System.Text.RegularExpressions.Regex regex, string text)
    {
        try { return regex.IsMatch(text); }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { return false; }
    }

    private static void CheckArray(SchemaNode schema, JsonArray array, PathBuilder path, List<ValidationIssue> issues)
    {
        if (schema.MinItems is { } min && array.Count < min) issues.Add(Issue(schema, path, "min_count", min));
        if (schema.MaxItems is { } max && array.Count > max) issues.Add(Issue(schema, path, "max_count", max));
        if (schema.UniqueItems)
            for (var i = 1; i < array.Count; i++)
                for (var j = 0; j < i; j++)
                    if (JsonNode.DeepEquals(array[i], array[j]))
                    {
                        issues.Add(Issue(schema, path, "unique"));
                        i = array.Count;
                        break;
                    }
        if (schema.Items is null) return;
        for (var i = 0; i < array.Count; i++)
        {
            path.PushIndex(i);
            Check(schema.Items, array[i], path, issues);
            path.Pop();
        }
    }

    private static void CheckObject(SchemaNode schema, JsonObject obj, PathBuilder path, List<ValidationIssue> issues)
    {
        foreach (var name in schema.Required)
            if (!obj.ContainsKey(name))
                issues.Add(new ValidationIssue(path.Child(name), "required", schema.Property(name)?.Schema.Field));
        foreach (var conditional in schema.Conditionals)
            if (ConditionEvaluator.Holds(conditional.When, obj))
                RequireAt(obj, conditional.Target, 0, conditional.FieldKey, schema, path, issues);
        // Indexing rather than foreach: JsonObject's enumerator is a boxed interface, one allocation per object.
        for (var i = 0; i < obj.Count; i++)
        {
            var (name, value) = obj.GetAt(i);
            path.PushName(name);
            var property = schema.Property(name);
            if (property is null) issues.Add(new ValidationIssue(path.ToString(), "unknown", null));
            else Check(property.Schema, value, path, issues);
            path.Pop();
        }
    }

    /// <summary>Like <c>then: {properties: {g: {items: {required: [k]}}}}</c>: absent or malformed steps pass.</summary>
    private static void RequireAt(JsonObject obj, IReadOnlyList<TargetStep> target, int index, string key, SchemaNode schema, PathBuilder path, List<ValidationIssue> issues)
    {
        if (index == target.Count)
        {
            if (!obj.ContainsKey(key)) issues.Add(new ValidationIssue(path.Child(key), "required", schema.Property(key)?.Schema.Field));
            return;
        }
        var step = target[index];
        var child = schema.Property(step.Name)?.Schema;
        if (child is null || !obj.TryGetPropertyValue(step.Name, out var value)) return;
        path.PushName(step.Name);
        if (!step.Repeat && value is JsonObject group)
            RequireAt(group, target, index + 1, key, child, path, issues);
        else if (step.Repeat && value is JsonArray rows && child.Items is { } rowSchema)
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i] is not JsonObject row) continue;
                path.PushIndex(i);
                RequireAt(row, target, index + 1, key, rowSchema, path, issues);
                path.Pop();
            }
        path.Pop();
    }

    private static ValidationIssue Issue(SchemaNode schema, PathBuilder path, string code, object? argument = null)
    {
        var custom = schema.Field?.Validators.FirstOrDefault(v => v.Kind == code)?.Message;
        var text = argument switch
        {
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            null => null,
            _ => Convert.ToString(argument, CultureInfo.InvariantCulture),
        };
        return new ValidationIssue(path.ToString(), code, schema.Field, custom, text);
    }
}
