using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using FormEngine.Rendering.Templates;

namespace FormEngine.Rendering.Plans;

/// <summary>
/// Renders each field's template once with markers for the per-request holes and cuts the output. Holes whose
/// value is fixed for the field are filled in here: id and name outside repeats, a constant read-only flag, and
/// (in the plain variant) the error holes.
/// </summary>
internal sealed class FieldPlanBuilder(string language, UiText ui, ClientLogic client)
{
    public FieldPlan Build(CompiledField field)
    {
        var children = field.Children.Select(Build).ToList();
        var attributes = client.Attributes(field);
        var label = field.Label?.In(language) ?? field.Key;
        var rowParts = field.Type is RepeatFieldType
            ? TemplateParts.Cut(SentinelRenderer.Render(RepeatFieldType.RowTemplate, FieldModel.Build(field, language, ui, null, "")) + "\n", new Dictionary<Slot, string>())
            : TemplateParts.Empty;
        var hasHint = !string.IsNullOrEmpty(field.Definition.Hint?.In(language));
        return new FieldPlan(field, children, client.ShowsOnPage(field), label, hasHint, rowParts, choices => Variant(field, choices, attributes));
    }

    private FieldVariant Variant(CompiledField field, IReadOnlyList<CompiledChoice>? choices, string attributes)
    {
        var rendered = SentinelRenderer.Render(field.Type.Template, FieldModel.Build(field, language, ui, choices, attributes));
        if (rendered.Length > 0) rendered += "\n";
        var known = KnownSlots(field);
        var withError = TemplateParts.Cut(rendered, known);
        known[Slot.Error] = "";
        known[Slot.ErrorClass] = "";
        known[Slot.Invalid] = "";
        if (!field.InRepeat)
        {
            known[Slot.DescribedBy] = !string.IsNullOrEmpty(field.Definition.Hint?.In(language)) ? $" aria-describedby=\"{Html.IdOf(field.Path)}-hint\"" : "";
        }
        var plain = TemplateParts.Cut(rendered, known);
        var codes = FieldModel.OptionsOf(field, language, ui, choices).Select(o => o.Code).ToArray();
        return new FieldVariant(plain, withError, codes);
    }

    private static Dictionary<Slot, string> KnownSlots(CompiledField field)
    {
        var known = new Dictionary<Slot, string>();
        if (!field.InRepeat)
        {
            known[Slot.Id] = Html.IdOf(field.Path);
            known[Slot.Name] = Html.Encode(field.Path);
        }
        if (field.ReadOnlyWhen is null)
        {
            known[Slot.Readonly] = field.AlwaysReadOnly ? " readonly" : "";
            known[Slot.Disabled] = field.AlwaysReadOnly ? " disabled" : "";
        }
        return known;
    }
}
