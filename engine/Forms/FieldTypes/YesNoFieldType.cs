using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: yes_no</c>: two radio buttons, kept as a boolean.</summary>
public sealed class YesNoFieldType : FieldType
{
    public override string Name => "yes_no";
    public override ExprType ValueType => ExprType.Boolean;
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Boolean };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        var normalized = base.Normalize(value, today);
        if (!JsonNumbers.TryGetString(normalized, out var s)) return normalized;
        return s.ToLowerInvariant() switch
        {
            "true" or "ja" or "yes" => JsonValue.Create(true),
            "false" or "nej" or "no" => JsonValue.Create(false),
            _ => normalized,
        };
    }

    public override object? ToExpressionValue(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public override string Display(CompiledField field, JsonNode value, string language) =>
        value is JsonValue v && v.TryGetValue<bool>(out var b) ? YesNoText(b, language) : value.ToJsonString();

    internal static string YesNoText(bool value, string language) =>
        language == "en" ? (value ? "Yes" : "No") : (value ? "Ja" : "Nej");

    public override string Template => """
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <fieldset class="fe-fieldset"{{ slot.described_by }}>
        <legend class="fe-legend">{{ field.label }}{{ field.optional }}</legend>
        {{ field.hint_html }}{{ slot.error }}
        <div class="fe-radios fe-radios--inline">
        {{~ for option in field.options ~}}
        <div class="fe-radio"><input class="fe-radio__input" id="{{ slot.id }}{{ option.id_suffix }}" name="{{ slot.name }}" type="radio" value="{{ option.code }}"{{ option.checked }}{{ slot.disabled }}{{ if option.hint != "" }} aria-describedby="{{ slot.id }}-{{ option.index }}-hint"{{ end }}><label class="fe-label fe-radio__label" for="{{ slot.id }}{{ option.id_suffix }}">{{ option.label }}</label>{{ option.hint_html }}</div>
        {{~ end ~}}
        </div>
        </fieldset>
        </div>
        """;
}
