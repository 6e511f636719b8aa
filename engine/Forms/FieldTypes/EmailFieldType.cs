using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary><c>type: email</c>: an e-mail address, checked by format <c>email</c>.</summary>
public sealed class EmailFieldType : InputFieldType
{
    public override string Name => "email";
    public override ExprType ValueType => ExprType.Text;
    public override string? Autocomplete => "email";
    protected override string InputType => "email";
    public override IReadOnlyCollection<string> Validators => ["max_length", "pattern"];
    public override SchemaNode Schema(CompiledField field) => new() { Type = SchemaType.String, Format = Formats.Email };
}
