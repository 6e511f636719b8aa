using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: single_choice</c>: one code from a choice list, shown as radio buttons or, with
/// <c>display: select</c>, as a drop-down.
/// </summary>
public sealed class SingleChoiceFieldType : FieldType
{
    public override string Name => "single_choice";
    public override ExprType ValueType => ExprType.Text;
    public override bool HasChoices => true;
    public override IReadOnlyCollection<string> Settings => ["display"];

    public override SchemaNode Schema(CompiledField field) => new()
    {
        Type = SchemaType.String,
        Enum = field.ExternalList is null ? field.Choices?.Select(c => c.Code).ToList() : null,
    };

    public override void Check(CompiledField field, DiagnosticBag diagnostics)
    {
        if (field.Definition.Settings.TryGetValue("display", out var display) && display.Value is not ("radio" or "select"))
            diagnostics.Report(DiagnosticCodes.InvalidValue, display.Span, $"'display' must be 'radio' or 'select'.{DidYouMean.Suggest(display.Value, ["radio", "select"])}");
    }

    public override string Display(CompiledField field, JsonNode value, string language) =>
        JsonNumbers.TryGetString(value, out var code) ? ChoiceLabels.Of(field, code, language) : base.Display(field, value, language);

    public override string Template => """
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        {{~ if field.settings.display == "select" ~}}
        <label class="fe-label" for="{{ slot.id }}">{{ field.label }}{{ field.optional }}</label>
        {{ field.hint_html }}{{ slot.error }}
        <select class="fe-select" id="{{ slot.id }}" name="{{ slot.name }}"{{ slot.disabled }}{{ slot.described_by }}{{ slot.invalid }}>
        <option value="">{{ field.choose_text }}</option>
        {{~ for option in field.options ~}}
        <option value="{{ option.code }}"{{ option.selected }}>{{ option.label }}</option>
        {{~ end ~}}
        </select>
        {{~ else ~}}
        <fieldset class="fe-fieldset"{{ slot.described_by }}>
        <legend class="fe-legend">{{ field.label }}{{ field.optional }}</legend>
        {{ field.hint_html }}{{ slot.error }}
        <div class="fe-radios">
        {{~ for option in field.options ~}}
        <div class="fe-radio"><input class="fe-radio__input" id="{{ slot.id }}{{ option.id_suffix }}" name="{{ slot.name }}" type="radio" value="{{ option.code }}"{{ option.checked }}{{ slot.disabled }}{{ if option.hint != "" }} aria-describedby="{{ slot.id }}-{{ option.index }}-hint"{{ end }}><label class="fe-label fe-radio__label" for="{{ slot.id }}{{ option.id_suffix }}">{{ option.label }}</label>{{ option.hint_html }}</div>
        {{~ end ~}}
        </div>
        </fieldset>
        {{~ end ~}}
        </div>
        """;
}
