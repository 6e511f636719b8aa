using System.Text.Json.Nodes;
using FormEngine.Diagnostics;
using FormEngine.Expressions;
using FormEngine.Schema;

namespace FormEngine.Forms.FieldTypes;

/// <summary>
/// A kind of field, in one file: its YAML name, the settings it takes, how it checks its own definition,
/// the JSON Schema it emits, how it reads a raw answer, and its Scriban template.
/// Register a new one in <see cref="FieldTypeRegistry"/>.
/// </summary>
public abstract class FieldType
{
    /// <summary>The value of <c>type:</c> in YAML.</summary>
    public abstract string Name { get; }

    public virtual ValueShape Shape => ValueShape.Scalar;

    /// <summary>The type expressions see when they reference the field.</summary>
    public abstract ExprType ValueType { get; }

    /// <summary>YAML properties only this type takes (besides the common ones).</summary>
    public virtual IReadOnlyCollection<string> Settings => [];

    /// <summary>Declarative validators that make sense for this type (<c>rule</c> and <c>compare</c> always do).</summary>
    public virtual IReadOnlyCollection<string> Validators => [];

    public virtual bool HasChoices => false;

    /// <summary>Computed, hidden and note fields are never answered by the resident.</summary>
    public virtual bool IsServerOwned => false;

    /// <summary>The default <c>autocomplete</c> token, if any.</summary>
    public virtual string? Autocomplete => null;

    /// <summary>Scriban template producing the field's HTML; see docs/field-types.md for the model it gets.</summary>
    public abstract string Template { get; }

    /// <summary>Checks settings that only this type understands. Common properties are checked by the compiler.</summary>
    public virtual void Check(CompiledField field, DiagnosticBag diagnostics) { }

    /// <summary>The JSON Schema for one answer, before the compiler adds validators and conditions.</summary>
    public abstract SchemaNode Schema(CompiledField field);

    /// <summary>
    /// Step 1 of the pipeline: the answer as the server keeps it, or null when it is empty.
    /// A value that cannot be read is returned unchanged so that validation reports it.
    /// <paramref name="today"/> (Swedish date) decides the century of short personnummer.
    /// </summary>
    public virtual JsonNode? Normalize(JsonNode value, DateOnly today) => value is JsonValue v && v.TryGetValue<string>(out var s)
        ? (string.IsNullOrWhiteSpace(s) ? null : JsonValue.Create(s.Trim()))
        : value;

    /// <summary>The answer as an expression value (string, decimal, bool, DateOnly...), or null if it has none or is invalid.</summary>
    public virtual object? ToExpressionValue(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>How the answer reads on the check-your-answers page and in the case view (plain text; escaped by the caller).</summary>
    public virtual string Display(CompiledField field, JsonNode value, string language) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
}
