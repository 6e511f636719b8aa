using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: decimal</c>: a number with decimals; a Swedish decimal comma is accepted.</summary>
public sealed class DecimalFieldType : InputFieldType
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public override string Name => "decimal";
    public override ExprType ValueType => ExprType.Number;
    protected override string InputMode => "decimal";
    protected override string Width => "fe-input--10";
    public override IReadOnlyCollection<string> Validators => ["min", "max"];
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Number };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        var normalized = base.Normalize(value, today);
        if (normalized is JsonValue v && v.TryGetValue<string>(out var s) &&
            decimal.TryParse(s.Replace(" ", "").Replace("\u00a0", "").Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var n))
            return JsonValue.Create(n);
        return normalized;
    }

    public override object? ToExpressionValue(JsonNode? value) => Number(value);
    public override string Display(CompiledField field, JsonNode value, string language) => Show(value);

    internal static object? Number(JsonNode? value) => JsonNumbers.TryGetDecimal(value, out var d) ? d : null;

    internal static string Show(JsonNode value) =>
        Number(value) is decimal d ? d.ToString("#,0.########", Swedish) : value.ToJsonString();
}
