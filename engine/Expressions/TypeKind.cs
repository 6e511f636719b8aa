namespace FormEngine.Expressions;

/// <summary>The kinds of value an expression can produce. See <see cref="ExprType"/>.</summary>
public enum TypeKind
{
    /// <summary>Unknown until run time; accepted wherever a type is expected.</summary>
    Any,
    /// <summary>The type of the literal <c>null</c>; assignable to every type.</summary>
    Null,
    Boolean,
    Number,
    Text,
    Date,
    Time,
    DateTime,
    List,
}
