using System.Text.Json.Nodes;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: datetime</c>: a Swedish local date and time (Europe/Stockholm), kept as <c>yyyy-MM-ddTHH:mm</c>.
/// </summary>
public sealed class DateTimeFieldType : InputFieldType
{
    public override string Name => "datetime";
    public override ExprType ValueType => ExprType.DateTime;
    protected override string InputType => "datetime-local";
    protected override string Width => "fe-input--20";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String, Format = Formats.LocalDateTime };

    public override JsonNode? Normalize(JsonNode value, DateOnly today)
    {
        var normalized = base.Normalize(value, today);
        return JsonNumbers.TryGetString(normalized, out var s) && s.Length == 16 && s[10] == ' ' ? JsonValue.Create(s[..10] + "T" + s[11..]) : normalized;
    }

    public override object? ToExpressionValue(JsonNode? value) =>
        JsonNumbers.TryGetString(value, out var s) && Formats.TryParseLocalDateTime(s, out var t) ? t : null;

    public override string Display(CompiledField field, JsonNode value, string language) =>
        JsonNumbers.TryGetString(value, out var s) ? s.Replace('T', ' ') : base.Display(field, value, language);
}
