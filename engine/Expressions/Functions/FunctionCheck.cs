using FormEngine.Expressions.Binding;

namespace FormEngine.Expressions.Functions;

/// <summary>A call being type-checked: its bound arguments and where to report.</summary>
internal sealed class FunctionCheck(string name, IReadOnlyList<Expr> args, Reporter reporter)
{
    public string Name { get; } = name;

    public IReadOnlyList<Expr> Args { get; } = args;

    public Reporter Reporter { get; } = reporter;

    /// <returns>False (after reporting FE1022) when argument <paramref name="index"/> does not fit.</returns>
    public bool Require(int index, Param param)
    {
        var arg = Args[index];
        if (param.Allows(arg.Type)) return true;
        Reporter.TypeMismatch(arg.Offset,
            $"Argument {index + 1} of '{Name}' must be {param.Description} but this is {arg.Type}.");
        return false;
    }
}
