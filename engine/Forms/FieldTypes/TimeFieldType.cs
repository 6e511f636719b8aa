using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: time</c>: a time of day, kept as <c>HH:mm</c>; "9:05" is read as 09:05.</summary>
public sealed class TimeFieldType : InputFieldType
{
    public override string Name => "time";
    public override ExprType ValueType => ExprType.Time;
    protected override string InputType => "time";
    protected override string Width => "fe-input--5";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String, Format = Formats.Time };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        var normalized = base.Normalize(value, today);
        return JsonNumbers.TryGetString(normalized, out var s) && s.Length == 4 && s[1] == ':' ? JsonValue.Create("0" + s) : normalized;
    }

    public override object? ToExpressionValue(JsonNode? value) =>
        JsonNumbers.TryGetString(value, out var s) && Formats.TryParseTime(s, out var t) ? t : null;
}
