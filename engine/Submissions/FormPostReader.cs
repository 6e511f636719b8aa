using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>
/// Turns an HTML form post (names such as <c>delivery.address</c> or <c>items[1].packages</c>, each with its
/// values) into a submission the pipeline reads. Names that are not answers (<c>_page</c>, tokens) are left
/// out; every value stays text, and step 1 of the pipeline reads it as its field's type. Files are the host's.
/// </summary>
public static class FormPostReader
{
    public static JsonObject Read(CompiledForm form, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> post)
    {
        var answers = new JsonObject();
        foreach (var (name, values) in post)
        {
            if (name == SchemaNames.TermsAccepted && form.Definition.Terms is not null)
            {
                if (values.Count > 0) answers[name] = values[^1];
                continue;
            }
            if (Parse(name) is { } steps) Place(answers, form.Fields, steps, 0, values);
        }
        return answers;
    }

    private static void Place(JsonObject target, IReadOnlyList<CompiledField> fields, List<(string Key, int? Row)> steps, int index, IReadOnlyList<string> values)
    {
        var (key, row) = steps[index];
        var field = fields.FirstOrDefault(f => f.Key == key);
        if (field is null || field.IsServerOwned || values.Count == 0) return;
        var last = index == steps.Count - 1;
        switch (field.Type.Shape)
        {
            case ValueShape.Group when row is null && !last:
                if (target[key] is not JsonObject group) target[key] = group = new JsonObject();
                Place(group, field.Children, steps, index + 1, values);
                break;
            case ValueShape.Repeat when row is { } i && !last && i < 1000:
                if (target[key] is not JsonArray rows) target[key] = rows = new JsonArray();
                while (rows.Count <= i) rows.Add(new JsonObject());
                Place((JsonObject)rows[i]!, field.Children, steps, index + 1, values);
                break;
            case ValueShape.List when last && row is null && field.Type is MultipleChoiceFieldType:
                target[key] = new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
                break;
            case ValueShape.Scalar when last && row is null:
                target[key] = values[^1];
                break;
        }
    }

    /// <summary><c>items[1].packages</c> → (items, 1), (packages, null); null for names that are not paths.</summary>
    private static List<(string Key, int? Row)>? Parse(string name)
    {
        var steps = new List<(string, int?)>();
        foreach (var part in name.Split('.'))
        {
            var bracket = part.IndexOf('[');
            if (bracket < 0) { steps.Add((part, null)); continue; }
            if (!part.EndsWith(']') || !int.TryParse(part.AsSpan(bracket + 1, part.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
                return null;
            steps.Add((part[..bracket], row));
        }
        return steps;
    }
}
