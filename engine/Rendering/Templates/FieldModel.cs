using System.Globalization;
using FormEngine.Definitions;
using FormEngine.Expressions;
using FormEngine.Forms;
using FormEngine.Forms.FieldTypes;
using Scriban.Runtime;

namespace FormEngine.Rendering.Templates;

/// <summary>
/// The static half of a template's model, <c>{{ field.* }}</c>: everything that is the same for every request in
/// one language. All strings are escaped HTML, ready to print. docs/field-types.md lists the members.
/// </summary>
internal static class FieldModel
{
    public static ScriptObject Build(CompiledField field, string language, UiText ui, IReadOnlyList<CompiledChoice>? choices, string dataAttributes)
    {
        var definition = field.Definition;
        var hint = definition.Hint?.In(language);
        var autocomplete = definition.Autocomplete ?? field.Type.Autocomplete;
        var model = new ScriptObject
        {
            ["key"] = Html.Encode(field.Key),
            ["type"] = field.Type.Name,
            ["label"] = Html.Encode(field.Label?.In(language) ?? field.Key),
            ["optional"] = ShowsOptional(field) ? Html.Encode(ui.Optional) : "",
            ["hint"] = Html.Encode(hint),
            ["hint_html"] = string.IsNullOrEmpty(hint) ? "" : $"<div class=\"fe-hint\" id=\"{Sentinel.For(Slot.Id)}-hint\">{Html.Encode(hint)}</div>",
            ["text_html"] = definition.Text is null ? "" : Html.Paragraphs(definition.Text.In(language), "fe-body"),
            ["item_label"] = Html.Encode(definition.ItemLabel?.In(language) ?? field.Label?.In(language)),
            ["options"] = Options(field, language, ui, choices),
            ["settings"] = Settings(definition),
            ["autocomplete_attr"] = autocomplete is null ? "" : $" autocomplete=\"{Html.Encode(autocomplete)}\"",
            ["choose_text"] = Html.Encode(ui.Choose),
            ["compute_json"] = field.Compute is null ? "" : Html.Encode(ExpressionJson.ToJson(field.Compute.Syntax)),
            ["multiple"] = definition.Settings.TryGetValue("max_files", out var max) && int.TryParse(max.Value, CultureInfo.InvariantCulture, out var n) && n > 1,
            ["data_attrs"] = dataAttributes,
        };
        return model;
    }

    /// <summary>Only questions the resident may skip say so; required, conditional and server-owned ones do not.</summary>
    public static bool ShowsOptional(CompiledField field) =>
        !field.IsRequiredSomehow && !field.IsServerOwned && !field.AlwaysReadOnly
        && field.Type.Shape is ValueShape.Scalar or ValueShape.List;

    /// <summary>The option list: the field's choices, or Ja/Nej for yes_no (codes true/false, as posted).</summary>
    public static IReadOnlyList<(string Code, string Label, string? Hint)> OptionsOf(CompiledField field, string language, UiText ui, IReadOnlyList<CompiledChoice>? choices)
    {
        if (field.Type is YesNoFieldType) return [("true", ui.Yes, null), ("false", ui.No, null)];
        return [.. (choices ?? field.Choices ?? []).Select(c => (c.Code, c.Label.In(language), c.Hint?.In(language)))];
    }

    private static ScriptArray Options(CompiledField field, string language, UiText ui, IReadOnlyList<CompiledChoice>? choices)
    {
        var options = new ScriptArray();
        var list = OptionsOf(field, language, ui, choices);
        for (var i = 0; i < list.Count; i++)
        {
            var (code, label, hint) = list[i];
            options.Add(new ScriptObject
            {
                ["index"] = i,
                ["id_suffix"] = i == 0 ? "" : "-" + i.ToString(CultureInfo.InvariantCulture),
                ["code"] = Html.Encode(code),
                ["label"] = Html.Encode(label),
                ["hint"] = Html.Encode(hint),
                ["hint_html"] = string.IsNullOrEmpty(hint) ? ""
                    : $"<div class=\"fe-hint fe-option-hint\" id=\"{Sentinel.For(Slot.Id)}-{i}-hint\">{Html.Encode(hint)}</div>",
                ["checked"] = Sentinel.For(Slot.Checked, i),
                ["selected"] = Sentinel.For(Slot.Selected, i),
            });
        }
        return options;
    }

    private static ScriptObject Settings(FieldDefinition definition)
    {
        var settings = new ScriptObject();
        foreach (var (name, value) in definition.Settings) settings[name] = Html.Encode(value.Value);
        return settings;
    }
}
