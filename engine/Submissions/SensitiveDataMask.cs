using System.Text.Json.Nodes;
using FormEngine.Definitions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;

namespace FormEngine.Submissions;

/// <summary>
/// A copy of a submission fit for exports and diagnostics: answers to fields marked <c>personal</c> or
/// <c>health</c> are replaced by a mask, and properties the form does not know are dropped (their
/// sensitivity is unknown). Structure (which fields were answered, how many rows) stays visible.
/// </summary>
public static class SensitiveDataMask
{
    public const string Mask = "***";

    public static JsonObject Apply(CompiledForm form, JsonObject data) => MaskObject(form.Fields, data);

    private static JsonObject MaskObject(IEnumerable<CompiledField> fields, JsonObject data)
    {
        var masked = new JsonObject();
        foreach (var field in fields)
        {
            if (!data.TryGetPropertyValue(field.Key, out var value) || value is null) continue;
            masked[field.Key] = field.Type.Shape switch
            {
                ValueShape.Group when value is JsonObject group => MaskObject(field.Children, group),
                ValueShape.Repeat when value is JsonArray rows =>
                    new JsonArray([.. rows.Select(r => r is JsonObject row ? MaskObject(field.Children, row) : (JsonNode)Mask)]),
                _ => field.Sensitivity == Sensitivity.None ? value.DeepClone() : Mask,
            };
        }
        if (data.TryGetPropertyValue(SchemaNames.TermsAccepted, out var accepted) && accepted is not null)
            masked[SchemaNames.TermsAccepted] = accepted.DeepClone();
        return masked;
    }
}
