using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: note</c>: static text between questions; it has no answer.</summary>
public sealed class NoteFieldType : FieldType
{
    public override string Name => "note";
    public override ValueShape Shape => ValueShape.None;
    public override ExprType ValueType => ExprType.Null;
    public override bool IsServerOwned => true;
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Any };

    public override string Template => """
        <div class="fe-note" id="{{ slot.id }}-field"{{ field.data_attrs }}>{{ field.text_html }}</div>
        """;
}
