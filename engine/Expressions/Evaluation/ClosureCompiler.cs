using FormEngine.Expressions.Functions;

namespace FormEngine.Expressions.Evaluation;

/// <summary>
/// Turns a typed tree into nested delegates once, so that evaluating a condition for every field on every request
/// costs a few delegate calls and no tree walking or lookups.
/// </summary>
internal static class ClosureCompiler
{
    public static Func<IValueSource, object?> Compile(Expr expr) => expr switch
    {
        Literal literal => Constant(literal.Value),
        Reference reference => CompileReference(reference.Symbol),
        Unary unary => CompileUnary(unary),
        Binary binary => CompileBinary(binary),
        Call call => CompileCall(call),
        ListExpr list => CompileList(list),
        _ => throw new InvalidOperationException($"Unknown expression node {expr.GetType().Name}."),
    };

    private static Func<IValueSource, object?> Constant(object? value) => _ => value;

    private static Func<IValueSource, object?> CompileReference(Symbol symbol) => v => Values.Normalize(v.Get(symbol));

    private static Func<IValueSource, object?> CompileUnary(Unary unary)
    {
        var operand = Compile(unary.Operand);
        return unary.Op == UnaryOp.Not
            ? v => Values.Box(!Values.IsTrue(operand(v)))
            : v => Semantics.Negate(operand(v));
    }

    private static Func<IValueSource, object?> CompileBinary(Binary binary)
    {
        var left = Compile(binary.Left);
        var right = Compile(binary.Right);
        return binary.Op switch
        {
            BinaryOp.And => v => Values.Box(Values.IsTrue(left(v)) && Values.IsTrue(right(v))),
            BinaryOp.Or => v => Values.Box(Values.IsTrue(left(v)) || Values.IsTrue(right(v))),
            BinaryOp.Equal => v => Values.Box(Semantics.AreEqual(left(v), right(v))),
            BinaryOp.NotEqual => v => Values.Box(!Semantics.AreEqual(left(v), right(v))),
            BinaryOp.Less => v => Values.Box(Semantics.Compare(left(v), right(v)) < 0),
            BinaryOp.LessOrEqual => v => Values.Box(Semantics.Compare(left(v), right(v)) <= 0),
            BinaryOp.Greater => v => Values.Box(Semantics.Compare(left(v), right(v)) > 0),
            BinaryOp.GreaterOrEqual => v => Values.Box(Semantics.Compare(left(v), right(v)) >= 0),
            BinaryOp.In => v => Values.Box(Semantics.IsIn(left(v), right(v))),
            BinaryOp.NotIn => v => Values.Box(!Semantics.IsIn(left(v), right(v))),
            BinaryOp.Add => v => Semantics.Add(left(v), right(v)),
            BinaryOp.Subtract => v => Semantics.Subtract(left(v), right(v)),
            BinaryOp.Multiply => v => Semantics.Multiply(left(v), right(v)),
            BinaryOp.Divide => v => Semantics.Divide(left(v), right(v)),
            _ => throw new InvalidOperationException($"Unknown operator {binary.Op}."),
        };
    }

    private static Func<IValueSource, object?> CompileCall(Call call)
    {
        var function = FunctionRegistry.Find(call.Name)
            ?? throw new InvalidOperationException($"Function '{call.Name}' passed type checking but is not registered.");
        var args = call.Args.Select(Compile).ToArray();
        return function.Build(call.Args, args);
    }

    private static Func<IValueSource, object?> CompileList(ListExpr list)
    {
        if (list.Items.All(i => i is Literal))
        {
            IReadOnlyList<object?> constant = list.Items.Select(i => ((Literal)i).Value).ToArray();
            return _ => constant;
        }
        var items = list.Items.Select(Compile).ToArray();
        return v =>
        {
            var values = new object?[items.Length];
            for (var i = 0; i < items.Length; i++) values[i] = items[i](v);
            return values;
        };
    }
}
