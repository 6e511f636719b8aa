using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: phone</c>: a phone number; spaces, dashes and brackets are dropped before it is checked.</summary>
public sealed class PhoneFieldType : InputFieldType
{
    public override string Name => "phone";
    public override ExprType ValueType => ExprType.Text;
    public override string? Autocomplete => "tel";
    protected override string InputType => "tel";
    protected override string Width => "fe-input--20";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String, Format = Formats.Phone };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        var normalized = base.Normalize(value, today);
        return normalized is JsonValue v && v.TryGetValue<string>(out var s)
            ? JsonValue.Create(string.Concat(s.Where(c => c is not (' ' or '-' or '(' or ')'))))
            : normalized;
    }
}
