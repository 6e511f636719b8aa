namespace FormEngine.Expressions;

/// <summary>
/// The static type of an expression. Scalar types are shared instances; lists carry their element type,
/// so that <c>sum(packages.count)</c> can insist on a list of numbers.
/// </summary>
public sealed record ExprType
{
    public static readonly ExprType Any = new(TypeKind.Any, null);
    public static readonly ExprType Null = new(TypeKind.Null, null);
    public static readonly ExprType Boolean = new(TypeKind.Boolean, null);
    public static readonly ExprType Number = new(TypeKind.Number, null);
    public static readonly ExprType Text = new(TypeKind.Text, null);
    public static readonly ExprType Date = new(TypeKind.Date, null);
    public static readonly ExprType Time = new(TypeKind.Time, null);
    public static readonly ExprType DateTime = new(TypeKind.DateTime, null);

    private ExprType(TypeKind kind, ExprType? element)
    {
        Kind = kind;
        Element = element;
    }

    public TypeKind Kind { get; }

    /// <summary>The element type of a list; null for every other kind.</summary>
    public ExprType? Element { get; }

    public bool IsList => Kind == TypeKind.List;

    /// <summary>Any or Null: the checker cannot object to it, because it says nothing about the value.</summary>
    public bool IsOpen => Kind is TypeKind.Any or TypeKind.Null;

    public static ExprType ListOf(ExprType element) => new(TypeKind.List, element);

    /// <summary>Can a value of this type be used where <paramref name="target"/> is expected?</summary>
    public bool IsAssignableTo(ExprType target)
    {
        if (IsOpen || target.Kind == TypeKind.Any) return true;
        if (Kind != target.Kind) return false;
        return !IsList || Element!.IsAssignableTo(target.Element!);
    }

    /// <summary>May <c>==</c> compare these two types? Open types compare with everything.</summary>
    public bool IsComparableWith(ExprType other)
    {
        if (IsOpen || other.IsOpen) return true;
        if (Kind != other.Kind) return false;
        return !IsList || Element!.IsComparableWith(other.Element!);
    }

    /// <summary>May <c>&lt;</c> and friends order values of this type?</summary>
    public bool IsOrdered => Kind is TypeKind.Number or TypeKind.Text or TypeKind.Date or TypeKind.Time or TypeKind.DateTime;

    public override string ToString() => IsList ? $"List<{Element}>" : Kind.ToString();
}
