using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>
/// Steps 2 to 4 in one pass over the fields in dependency order: decide each occurrence's relevance
/// (a hidden container hides its children), remove the answers of fields that are not relevant, and set
/// the server's own values (computed, prefilled, read-only). Because every field is decided after all it
/// reads, the outcome equals evaluating every condition on the final, stripped data.
/// </summary>
internal sealed class Relevance(CompiledForm form, JsonObject data, FormContext context)
{
    private readonly SubmissionValues _values = new(form, data, context);
    private readonly Dictionary<CompiledField, List<FieldInstance>> _relevant = [];

    public IReadOnlyDictionary<CompiledField, List<FieldInstance>> Relevant => _relevant;

    public SubmissionValues Values => _values;

    public void Apply()
    {
        foreach (var field in form.EvaluationOrder)
            foreach (var instance in Instances(field))
                Decide(instance);
    }

    /// <summary>Occurrences of a field in the data as it is now: one per row of each enclosing repeat.</summary>
    private IEnumerable<FieldInstance> Instances(CompiledField field)
    {
        if (field.Parent is null) return [new FieldInstance(field, data, [], field.Key)];
        if (!_relevant.TryGetValue(field.Parent, out var parents)) return [];
        var instances = new List<FieldInstance>();
        foreach (var parent in parents)
        {
            if (!parent.Container.TryGetPropertyValue(parent.Field.Key, out var node)) continue;
            if (parent.Field.Type.Shape == ValueShape.Group && node is JsonObject group)
                instances.Add(new FieldInstance(field, group, parent.Rows, $"{parent.Path}.{field.Key}"));
            else if (parent.Field.Type.Shape == ValueShape.Repeat && node is JsonArray rows)
                for (var i = 0; i < rows.Count; i++)
                    if (rows[i] is JsonObject row)
                        instances.Add(new FieldInstance(field, row, [.. parent.Rows, i], $"{parent.Path}[{i}].{field.Key}"));
        }
        return instances;
    }

    private void Decide(FieldInstance instance)
    {
        var field = instance.Field;
        _values.Rows = instance.Rows;
        var relevant = (field.Parent is not null || field.Page.VisibleWhen is null || field.Page.VisibleWhen.EvaluateCondition(_values))
                       && (field.VisibleWhen is null || field.VisibleWhen.EvaluateCondition(_values));
        if (!relevant)
        {
            instance.Container.Remove(field.Key);
            return;
        }
        if (!_relevant.TryGetValue(field, out var list)) _relevant[field] = list = [];
        list.Add(instance);

        if (field.Type.Shape == ValueShape.Group && !instance.Container.ContainsKey(field.Key))
            instance.Container[field.Key] = new JsonObject();
        else if (field.Compute is not null) Set(instance, ToJson(field.Compute.Evaluate(_values)));
        else if (field.Prefill is not null) Set(instance, ToJson(field.Prefill.Evaluate(_values)));
        else if (field.Definition.ReadOnly.Constant || (field.ReadOnlyWhen?.EvaluateCondition(_values) ?? false))
            Set(instance, field.Definition.Default is { } d ? field.Type.Normalize(JsonValue.Create(d.Value), context.Today) : null);
    }

    private static void Set(FieldInstance instance, JsonNode? value)
    {
        if (value is null) instance.Container.Remove(instance.Field.Key);
        else instance.Container[instance.Field.Key] = value;
    }

    private static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        decimal d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        TimeOnly time => JsonValue.Create(time.ToString("HH:mm", CultureInfo.InvariantCulture)),
        DateTime dt => JsonValue.Create(dt.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture)),
        IEnumerable<object?> items => new JsonArray([.. items.Select(ToJson)]),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
