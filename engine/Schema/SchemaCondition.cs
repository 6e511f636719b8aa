namespace FormEngine.Schema;

/// <summary>
/// A condition that JSON Schema can express as an <c>if</c> subschema, evaluated on the object that holds the
/// requirement. <see cref="Path"/> steps go through groups only (nested properties), never into repeats.
/// </summary>
public abstract record SchemaCondition
{
    /// <summary>The value at path equals the constant (a string, decimal or bool). Absent never equals.</summary>
    public sealed record Is(IReadOnlyList<string> Path, object Value) : SchemaCondition;

    /// <summary>The value at path is present and one of the constants.</summary>
    public sealed record OneOf(IReadOnlyList<string> Path, IReadOnlyList<object> Values) : SchemaCondition;

    /// <summary>An array at path contains the constant (multiple choice).</summary>
    public sealed record Contains(IReadOnlyList<string> Path, object Value) : SchemaCondition;

    /// <summary>The number at path compares with the constant: <c>&lt; &lt;= &gt; &gt;=</c>.</summary>
    public sealed record Compare(IReadOnlyList<string> Path, string Operator, decimal Value) : SchemaCondition;

    /// <summary>
    /// A value that expressions can read is present at path: <see cref="Shape"/> gives its type and format
    /// (a date field holding "2024-13-45" reads as absent in expressions, so it must fail here too).
    /// </summary>
    public sealed record Present(IReadOnlyList<string> Path, SchemaNode Shape) : SchemaCondition;

    public sealed record Not(SchemaCondition Inner) : SchemaCondition;

    public sealed record All(IReadOnlyList<SchemaCondition> Items) : SchemaCondition;

    public sealed record Any(IReadOnlyList<SchemaCondition> Items) : SchemaCondition;
}
