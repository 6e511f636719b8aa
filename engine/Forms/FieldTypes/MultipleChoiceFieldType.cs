using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: multiple_choice</c>: checkboxes, kept as an array of distinct codes.</summary>
public sealed class MultipleChoiceFieldType : FieldType
{
    public override string Name => "multiple_choice";
    public override ValueShape Shape => ValueShape.List;
    public override ExprType ValueType => ExprType.ListOf(ExprType.Text);
    public override bool HasChoices => true;
    public override IReadOnlyCollection<string> Validators => ["min_count", "max_count"];

    public override SchemaNode Schema(CompiledField field) => new()
    {
        Type = SchemaType.Array,
        UniqueItems = true,
        Items = new SchemaNode
        {
            Type = SchemaType.String,
            Enum = field.ExternalList is null ? field.Choices?.Select(c => c.Code).ToList() : null,
        },
    };

    /// <summary>A form post sends one value per ticked box; a lone string is one box.</summary>
    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        if (JsonNumbers.TryGetString(value, out var single))
            return string.IsNullOrWhiteSpace(single) ? null : new JsonArray(JsonValue.Create(single.Trim()));
        if (value is not JsonArray array) return value;
        var items = new JsonArray();
        foreach (var item in array)
        {
            if (item is null) continue;
            if (JsonNumbers.TryGetString(item, out var s))
            {
                if (!string.IsNullOrWhiteSpace(s)) items.Add(JsonValue.Create(s.Trim()));
            }
            else items.Add(item.DeepClone());
        }
        return items.Count == 0 ? null : items;
    }

    public override object? ToExpressionValue(JsonNode? value) =>
        value is JsonArray array ? array.Select(i => JsonNumbers.TryGetString(i, out var s) ? (object?)s : null).ToList() : null;

    public override string Display(CompiledField field, JsonNode value, string language) =>
        value is JsonArray array
            ? string.Join(", ", array.Select(i => JsonNumbers.TryGetString(i, out var s) ? ChoiceLabels.Of(field, s, language) : i?.ToJsonString()))
            : base.Display(field, value, language);

    public override string Template => """
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <fieldset class="fe-fieldset"{{ slot.described_by }}>
        <legend class="fe-legend">{{ field.label }}{{ field.optional }}</legend>
        {{ field.hint_html }}{{ slot.error }}
        <div class="fe-checkboxes">
        {{~ for option in field.options ~}}
        <div class="fe-checkbox"><input class="fe-checkbox__input" id="{{ slot.id }}{{ option.id_suffix }}" name="{{ slot.name }}" type="checkbox" value="{{ option.code }}"{{ option.checked }}{{ slot.disabled }}{{ if option.hint != "" }} aria-describedby="{{ slot.id }}-{{ option.index }}-hint"{{ end }}><label class="fe-label fe-checkbox__label" for="{{ slot.id }}{{ option.id_suffix }}">{{ option.label }}</label>{{ option.hint_html }}</div>
        {{~ end ~}}
        </div>
        </fieldset>
        </div>
        """;
}
