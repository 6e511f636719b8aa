using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: computed</c>: a value the server computes from <c>compute:</c> (e.g. a total), shown read-only.
/// Whatever the client sends is discarded and recomputed.
/// </summary>
public class ComputedFieldType : FieldType
{
    public override string Name => "computed";
    public override ExprType ValueType => ExprType.Any;
    public override bool IsServerOwned => true;

    /// <summary>Typed by the expression: the compiler gives the field's symbol the expression's type.</summary>
    public override SchemaNode Schema(CompiledField field) => ForType(field.Symbol.Type);

    internal static SchemaNode ForType(ExprType type) =>
        type == ExprType.Number ? new() { Type = SchemaType.Number }
        : type == ExprType.Boolean ? new() { Type = SchemaType.Boolean }
        : type == ExprType.Date ? new() { Type = SchemaType.String, Format = Formats.Date }
        : type == ExprType.Text ? new() { Type = SchemaType.String }
        : new() { Type = SchemaType.Any };

    public override object? ToExpressionValue(JsonNode? value) => value switch
    {
        JsonValue v when JsonNumbers.TryGetDecimal(v, out var d) => d,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when JsonNumbers.TryGetString(v, out var s) => Formats.TryParseDate(s, out var date) ? date : s,
        _ => null,
    };

    public override string Display(CompiledField field, JsonNode value, string language) =>
        JsonNumbers.TryGetDecimal(value, out _) ? NumberFieldType.Show(value)
        : value is JsonValue v && v.TryGetValue<bool>(out var b) ? YesNoFieldType.YesNoText(b, language)
        : base.Display(field, value, language);

    public override string Template => """
        <div class="fe-field fe-computed" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <span class="fe-label" id="{{ slot.id }}-label">{{ field.label }}</span>
        {{ field.hint_html }}
        <output class="fe-output" id="{{ slot.id }}" aria-labelledby="{{ slot.id }}-label"{{ if field.hint != "" }} aria-describedby="{{ slot.id }}-hint"{{ end }} data-fe-compute="{{ field.compute_json }}">{{ slot.display }}</output>
        </div>
        """;
}
