namespace FormEngine.Expressions.Functions;

/// <summary>
/// A function with a fixed signature, described as data. Parameters past <paramref name="minArgs"/> are optional.
/// </summary>
internal sealed class SimpleFunction(
    string name,
    Param[] parameters,
    ExprType result,
    Func<Func<IValueSource, object?>[], Func<IValueSource, object?>> build,
    int? minArgs = null,
    bool dependsOnToday = false) : ExprFunction
{
    public override string Name => name;

    public override int MinArgs => minArgs ?? parameters.Length;

    public override int MaxArgs => parameters.Length;

    public override bool DependsOnToday => dependsOnToday;

    public override ExprType Check(FunctionCheck check)
    {
        for (var i = 0; i < check.Args.Count; i++) check.Require(i, parameters[i]);
        return result;
    }

    public override Func<IValueSource, object?> Build(IReadOnlyList<Expr> args, Func<IValueSource, object?>[] compiled) =>
        build(compiled);
}
