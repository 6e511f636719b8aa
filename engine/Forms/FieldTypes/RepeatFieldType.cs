using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// <c>type: repeat</c>: rows of <c>fields:</c> (e.g. one per aid to renew), between <c>min_count</c> and
/// <c>max_count</c>. Without JavaScript a button adds a row by posting the page.
/// </summary>
public sealed class RepeatFieldType : FieldType
{
    public override string Name => "repeat";
    public override ValueShape Shape => ValueShape.Repeat;
    public override ExprType ValueType => ExprType.Any;

    public override SchemaNode Schema(CompiledField field) => new()
    {
        Type = SchemaType.Array,
        MinItems = field.Definition.MinCount is > 0 ? field.Definition.MinCount : null,
        MaxItems = field.Definition.MaxCount,
        Items = new SchemaNode { Type = SchemaType.Object },
    };

    /// <summary><c>{{ slot.children }}</c> holds the rows, each rendered with <see cref="RowTemplate"/>.</summary>
    public override string Template => """
        <div class="fe-field fe-repeat{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <fieldset class="fe-fieldset" id="{{ slot.id }}"{{ slot.described_by }}>
        <legend class="fe-legend fe-legend--group">{{ field.label }}</legend>
        {{ field.hint_html }}{{ slot.error }}
        {{ slot.children }}
        {{ slot.add_button }}
        </fieldset>
        </div>
        """;

    public static string RowTemplate => """
        <fieldset class="fe-fieldset fe-repeat__row" id="{{ slot.id }}" data-fe-row="{{ slot.name }}">
        <legend class="fe-legend fe-repeat__heading">{{ slot.row_label }}</legend>
        {{ slot.children }}
        {{ slot.remove_button }}
        </fieldset>
        """;
}
