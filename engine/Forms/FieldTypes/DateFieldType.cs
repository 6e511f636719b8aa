using System.Globalization;
using FormEngine.Expressions;
using FormEngine.Schema;
using FormEngine.Submissions;
using System.Text.Json.Nodes;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: date</c>: a calendar date, kept as <c>yyyy-MM-dd</c> (format <c>date</c>).</summary>
public sealed class DateFieldType : InputFieldType
{
    public override string Name => "date";
    public override ExprType ValueType => ExprType.Date;
    protected override string InputType => "date";
    protected override string Width => "fe-input--10";
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String, Format = Formats.Date };

    public override object? ToExpressionValue(JsonNode? value) =>
        JsonNumbers.TryGetString(value, out var s) && Formats.TryParseDate(s, out var d) ? d : null;

    public override string Display(CompiledField field, JsonNode value, string language) =>
        JsonNumbers.TryGetString(value, out var s) && Formats.TryParseDate(s, out var d)
            ? d.ToString(language == "en" ? "d MMMM yyyy" : "d MMMM yyyy", CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "sv-SE"))
            : base.Display(field, value, language);
}
