using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: integer</c>: a whole number; "1 000" is read as 1000.</summary>
public sealed class IntegerFieldType : InputFieldType
{
    public override string Name => "integer";
    public override ExprType ValueType => ExprType.Number;
    protected override string InputMode => "numeric";
    protected override string Width => "fe-input--10";
    public override IReadOnlyCollection<string> Validators => ["min", "max"];
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Integer };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        if (DecimalFieldType.BeyondDecimal(value)) return JsonValue.Create(value.ToJsonString());
        var normalized = base.Normalize(value, today);
        if (normalized is JsonValue v && v.TryGetValue<string>(out var s) &&
            long.TryParse(s.Replace(" ", "").Replace("\u00a0", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return JsonValue.Create(n);
        return normalized;
    }

    public override object? ToExpressionValue(JsonNode? value) => DecimalFieldType.Number(value);
    public override string Display(CompiledField field, JsonNode value, string language) => DecimalFieldType.Show(value);
}
