using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: text</c>: one line of free text.</summary>
public sealed class TextFieldType : InputFieldType
{
    public override string Name => "text";
    public override ExprType ValueType => ExprType.Text;
    public override IReadOnlyCollection<string> Validators => ["min_length", "max_length", "pattern"];
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String };
}
