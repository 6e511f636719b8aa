using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: group</c>: a fieldset of <c>fields:</c>; its answers are an object. Hiding it hides them all.</summary>
public sealed class GroupFieldType : FieldType
{
    public override string Name => "group";
    public override ValueShape Shape => ValueShape.Group;
    public override ExprType ValueType => ExprType.Any;
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Object };

    /// <summary><c>{{ children }}</c> is where the renderer puts the fields of the group.</summary>
    public override string Template => """
        <div class="fe-field{{ slot.error_class }}" id="{{ slot.id }}-field"{{ field.data_attrs }}>
        <fieldset class="fe-fieldset fe-group" id="{{ slot.id }}"{{ slot.described_by }}>
        <legend class="fe-legend fe-legend--group">{{ field.label }}</legend>
        {{ field.hint_html }}{{ slot.error }}
        {{ slot.children }}
        </fieldset>
        </div>
        """;
}
