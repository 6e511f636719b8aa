using FormEngine.Expressions.Evaluation;

namespace FormEngine.Expressions.Functions;

/// <summary><c>if(condition, then, else)</c>. Only the chosen branch is evaluated; a null condition chooses else.</summary>
internal sealed class IfFunction : ExprFunction
{
    public override string Name => "if";

    public override int MinArgs => 3;

    public override ExprType Check(FunctionCheck check)
    {
        check.Require(0, Param.Boolean);
        var (then, otherwise) = (check.Args[1].Type, check.Args[2].Type);
        if (!then.IsComparableWith(otherwise))
        {
            check.Reporter.TypeMismatch(check.Args[2].Offset,
                $"Both branches of 'if' must have the same type, but one is {then} and the other {otherwise}.");
            return ExprType.Any;
        }
        if (then.Kind == TypeKind.Null) return otherwise;
        if (otherwise.Kind == TypeKind.Null) return then;
        return otherwise.Kind == TypeKind.Any ? otherwise : then;
    }

    public override Func<IValueSource, object?> Build(IReadOnlyList<Expr> args, Func<IValueSource, object?>[] compiled)
    {
        var (condition, then, otherwise) = (compiled[0], compiled[1], compiled[2]);
        return v => Values.IsTrue(condition(v)) ? then(v) : otherwise(v);
    }
}
