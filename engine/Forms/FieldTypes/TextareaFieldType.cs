using System.Globalization;
using FormEngine.Diagnostics;
using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: textarea</c>: several lines of free text; <c>rows</c> sets the height.</summary>
public sealed class TextareaFieldType : FieldType
{
    public override string Name => "textarea";
    public override ExprType ValueType => ExprType.Text;
    public override IReadOnlyCollection<string> Settings => ["rows"];
    public override IReadOnlyCollection<string> Validators => ["min_length", "max_length", "pattern"];
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String };

    public override void Check(CompiledField field, DiagnosticBag diagnostics)
    {
        if (field.Definition.Settings.TryGetValue("rows", out var rows) &&
            !(int.TryParse(rows.Value, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 30))
            diagnostics.Report(DiagnosticCodes.InvalidValue, rows.Span, "'rows' must be a whole number from 2 to 30.");
    }

    public override string Template => """
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <label class="fe-label" for="{{ slot.id }}">{{ field.label }}{{ field.optional }}</label>
        {{ field.hint_html }}{{ slot.error }}
        <textarea class="fe-textarea" id="{{ slot.id }}" name="{{ slot.name }}" rows="{{ field.settings.rows ?? 5 }}"{{ field.autocomplete_attr }}{{ slot.readonly }}{{ slot.described_by }}{{ slot.invalid }}>{{ slot.value }}</textarea>
        </div>
        """;
}
