using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: decimal</c>: a number with decimals; a Swedish decimal comma is accepted.</summary>
public sealed class DecimalFieldType : NumberFieldType
{
    public override string Name => "decimal";
    protected override string InputMode => "decimal";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Number };

    protected override JsonNode? Parse(string compact) =>
        decimal.TryParse(compact.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? JsonValue.Create(n)
            : null;
}
