using System.Globalization;
using System.Text.Json.Nodes;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: integer</c>: a whole number; "1 000" is read as 1000.</summary>
public sealed class IntegerFieldType : NumberFieldType
{
    public override string Name => "integer";
    protected override string InputMode => "numeric";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Integer };

    protected override JsonNode? Parse(string compact) =>
        long.TryParse(compact, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : null;
}
