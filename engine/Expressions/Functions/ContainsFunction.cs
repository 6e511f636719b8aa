using FormEngine.Expressions.Binding;
using FormEngine.Expressions.Evaluation;

namespace FormEngine.Expressions.Functions;

/// <summary><c>contains(container, item)</c> is <c>item in container</c>, and is checked the same way.</summary>
internal sealed class ContainsFunction : ExprFunction
{
    public override string Name => "contains";

    public override int MinArgs => 2;

    public override ExprType Check(FunctionCheck check)
    {
        if (!check.Require(0, Param.TextOrList)) return ExprType.Boolean;
        var (container, item) = (check.Args[0], check.Args[1]);
        var element = container.Type.IsList ? container.Type.Element! : container.Type;
        if (!item.Type.IsComparableWith(element))
            check.Reporter.TypeMismatch(item.Offset, $"Cannot look for {item.Type} in {container.Type}.");
        ChoiceCodes.Check(container, item, check.Reporter);
        ChoiceCodes.Check(item, container, check.Reporter, listLiteralOnly: true);
        return ExprType.Boolean;
    }

    public override Func<IValueSource, object?> Build(IReadOnlyList<Expr> args, Func<IValueSource, object?>[] compiled)
    {
        var (container, item) = (compiled[0], compiled[1]);
        return v => Values.Box(Semantics.IsIn(item(v), container(v)));
    }
}
