namespace FormEngine.Expressions.Functions;

/// <summary>One built-in function: its arity, its type rule and how to build its evaluator.</summary>
internal abstract class ExprFunction
{
    public abstract string Name { get; }

    public abstract int MinArgs { get; }

    public virtual int MaxArgs => MinArgs;

    /// <summary>True for functions that read <see cref="IValueSource.Today"/>; such calls are never folded to constants.</summary>
    public virtual bool DependsOnToday => false;

    /// <summary>Checks argument types (arity is already checked) and returns the result type.</summary>
    public abstract ExprType Check(FunctionCheck check);

    /// <summary>Builds the evaluator once, at compile time, from the arguments' evaluators.</summary>
    public abstract Func<IValueSource, object?> Build(IReadOnlyList<Expr> args, Func<IValueSource, object?>[] compiled);
}
