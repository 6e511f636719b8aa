using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Submissions;

namespace FormEngine.Host.Cases;

/// <summary>
/// A resident's stored answers as staff read them: per page of the form version they filled in, label → value,
/// in the form's order (what the check-your-answers page listed, without its links). External-list codes are
/// shown by the labels the clinic gives.
/// </summary>
public static class AnswerSummary
{
    public sealed record Row(string Label, string Value);

    public sealed record Section(string Title, IReadOnlyList<Row> Rows);

    public static IReadOnlyList<Section> Of(CompiledForm form, JsonObject answers, FormContext context, string language = "sv")
    {
        var sections = new List<Section>();
        foreach (var page in form.Pages)
        {
            var rows = new List<Row>();
            foreach (var field in page.Fields) Collect(field, answers, null, rows, context, language);
            if (rows.Count > 0) sections.Add(new Section(page.Title.In(language), rows));
        }
        return sections;
    }

    private static void Collect(CompiledField field, JsonObject? container, string? prefix, List<Row> rows, FormContext context, string language)
    {
        if (container is null || !container.TryGetPropertyValue(field.Key, out var value) || value is null) return;
        var label = field.Label?.In(language) ?? field.Key;
        var name = prefix is null ? label : $"{prefix}: {label}";
        switch (field.Type.Shape)
        {
            case ValueShape.Group:
                foreach (var child in field.Children) Collect(child, value as JsonObject, name, rows, context, language);
                break;
            case ValueShape.Repeat when value is JsonArray items:
                var itemLabel = field.Definition.ItemLabel?.In(language) ?? label;
                for (var i = 0; i < items.Count; i++)
                {
                    var rowName = string.Format(CultureInfo.InvariantCulture, "{0} {1}", itemLabel, i + 1);
                    foreach (var child in field.Children)
                        Collect(child, items[i] as JsonObject, prefix is null ? rowName : $"{prefix}: {rowName}", rows, context, language);
                }
                break;
            case ValueShape.None:
                break;
            default:
                if (field.Type is not HiddenFieldType) rows.Add(new Row(name, Display(field, value, context, language)));
                break;
        }
    }

    private static string Display(CompiledField field, JsonNode value, FormContext context, string language)
    {
        if (field.ExternalList is null || !field.Type.HasChoices) return field.Type.Display(field, value, language);
        var labels = context.List(field.ExternalList);
        string Label(JsonNode? code) => JsonNumbers.TryGetString(code, out var s)
            ? labels.FirstOrDefault(c => c.Code == s)?.Label.In(language) ?? s
            : code?.ToJsonString() ?? "";
        return value is JsonArray codes ? string.Join(", ", codes.Select(Label)) : Label(value);
    }
}
