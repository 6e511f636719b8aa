using FormEngine.Expressions;
using FormEngine.Forms;

namespace FormEngine.Submissions;

/// <summary>A step-6 check: what JSON Schema cannot say. Runs once per relevant occurrence of <see cref="Field"/>.</summary>
public abstract record CrossFieldRule(CompiledField Field)
{
    /// <summary>The field is required when <see cref="Condition"/> holds (and the field is relevant).</summary>
    public sealed record RequiredWhen(CompiledField Field, CompiledExpression? Condition) : CrossFieldRule(Field);

    /// <summary>A <c>rule</c> or <c>compare</c> validator: its condition must hold when the field has an answer.</summary>
    public sealed record Holds(CompiledField Field, CompiledValidator Validator) : CrossFieldRule(Field);

    /// <summary>The answer must be one of the choices offered to this resident (external list or filtered choices).</summary>
    public sealed record Offered(CompiledField Field) : CrossFieldRule(Field);
}
