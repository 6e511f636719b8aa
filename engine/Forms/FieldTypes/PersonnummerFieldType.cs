using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Identity;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: personnummer</c>: a personnummer or samordningsnummer in any accepted spelling, kept as 12 digits.
/// </summary>
public sealed class PersonnummerFieldType : InputFieldType
{
    public override string Name => "personnummer";
    public override ExprType ValueType => ExprType.Text;
    protected override string InputMode => "numeric";
    protected override string Width => "fe-input--20";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String, Format = Formats.Personnummer };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        var normalized = base.Normalize(value, today);
        return normalized is JsonValue v && v.TryGetValue<string>(out var s) && Personnummer.TryParse(s, today, out var p)
            ? JsonValue.Create(p.TwelveDigits)
            : normalized;
    }

    public override string Display(CompiledField field, JsonNode value, string language) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 12 ? $"{s[..8]}-{s[8..]}" : base.Display(field, value, language);
}
