using System.Text.Json.Nodes;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>
/// The answers a new, untouched form starts with: each field's <c>default</c> (groups included; repeat rows
/// start empty). The resident may change or clear them; the pipeline treats them like any other answer.
/// </summary>
public static class InitialAnswers
{
    /// <param name="today">Only a personnummer default needs it, to read a short form's century.</param>
    public static JsonObject For(CompiledForm form, DateOnly today) => Of(form.Fields, today);

    private static JsonObject Of(IEnumerable<CompiledField> fields, DateOnly today)
    {
        var answers = new JsonObject();
        foreach (var field in fields)
        {
            if (field.Type.Shape == ValueShape.Group)
            {
                var group = Of(field.Children, today);
                if (group.Count > 0) answers[field.Key] = group;
            }
            else if (field.Definition.Default is { } value && !field.IsServerOwned &&
                     field.Type.Normalize(JsonValue.Create(value.Value), today) is { } normalized)
                answers[field.Key] = normalized;
        }
        return answers;
    }
}
