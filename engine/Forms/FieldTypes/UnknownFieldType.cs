using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary>Stands in for a misspelled type so one typo does not hide the form's other mistakes. Never compiles to a usable form.</summary>
internal sealed class UnknownFieldType(string name) : FieldType
{
    public override string Name => name;
    public override ExprType ValueType => ExprType.Any;
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.Any };
    public override string Template => "";
}
