namespace FormEngine.Expressions;

/// <summary>
/// A type-checked expression tree node. <see cref="Offset"/> is the node's first character in the expression text
/// (see <see cref="ExpressionSource.At"/>).
/// </summary>
public abstract record Expr(int Offset, ExprType Type);

/// <summary>null, bool, decimal or string, exactly as written.</summary>
public sealed record Literal(object? Value, int Offset, ExprType Type) : Expr(Offset, Type);

public sealed record Reference(Symbol Symbol, int Offset) : Expr(Offset, Symbol.Type);

public sealed record Unary(UnaryOp Op, Expr Operand, int Offset, ExprType Type) : Expr(Offset, Type);

/// <param name="OperatorOffset">Where the operator is written; type errors point there.</param>
public sealed record Binary(BinaryOp Op, Expr Left, Expr Right, int Offset, int OperatorOffset, ExprType Type)
    : Expr(Offset, Type);

public sealed record Call(string Name, IReadOnlyList<Expr> Args, int Offset, ExprType Type) : Expr(Offset, Type);

public sealed record ListExpr(IReadOnlyList<Expr> Items, int Offset, ExprType Type) : Expr(Offset, Type);
