namespace FormEngine.Expressions.Functions;

/// <summary>What a function parameter accepts, with the wording used in type errors.</summary>
internal sealed record Param(string Description, Func<ExprType, bool> Accepts)
{
    public static readonly Param Any = new("any value", _ => true);
    public static readonly Param Boolean = Of(ExprType.Boolean, "a condition (true/false)");
    public static readonly Param Number = Of(ExprType.Number, "a Number");
    public static readonly Param Text = Of(ExprType.Text, "a Text");
    public static readonly Param Date = Of(ExprType.Date, "a Date");
    public static readonly Param List = new("a List", t => t.IsList);
    public static readonly Param TextOrList = new("a Text or a List", t => t.Kind == TypeKind.Text || t.IsList);
    public static readonly Param NumberList = new("a List of Numbers",
        t => t.IsList && t.Element!.IsAssignableTo(ExprType.Number));

    /// <summary>Open types (Any, Null) are always accepted: nothing is known against them.</summary>
    public bool Allows(ExprType type) => type.IsOpen || Accepts(type);

    private static Param Of(ExprType type, string description) => new(description, t => t.IsAssignableTo(type));
}
