using FormEngine.Expressions.Evaluation;
using FormEngine.Expressions.Functions;

namespace FormEngine.Expressions;

/// <summary>A checked, ready-to-run expression. Immutable and safe to share between threads and requests.</summary>
public sealed class CompiledExpression
{
    private readonly Func<IValueSource, object?> _evaluate;

    internal CompiledExpression(string text, Expr syntax)
    {
        Text = text;
        Syntax = syntax;
        var references = new List<Symbol>();
        var dependsOnToday = false;
        Walk(syntax, references, ref dependsOnToday);
        References = references.DistinctBy(s => s.Id, StringComparer.Ordinal).ToList();
        _evaluate = ClosureCompiler.Compile(syntax);
        IsConstant = References.Count == 0 && !dependsOnToday;
        if (IsConstant)
        {
            ConstantValue = _evaluate(NoValues.Instance);
            var value = ConstantValue;
            _evaluate = _ => value;
        }
    }

    public string Text { get; }

    public Expr Syntax { get; }

    public ExprType Type => Syntax.Type;

    /// <summary>The distinct symbols the expression reads, for dependency ordering and cycle detection.</summary>
    public IReadOnlyCollection<Symbol> References { get; }

    /// <summary>True when the value can never change: no references and no call that reads today's date.</summary>
    public bool IsConstant { get; }

    public object? ConstantValue { get; }

    /// <summary>Never throws for missing or odd values: they make the result null (or false for conditions).</summary>
    public object? Evaluate(IValueSource values) => _evaluate(values);

    public bool EvaluateCondition(IValueSource values) => _evaluate(values) is true;

    public override string ToString() => Text;

    private static void Walk(Expr expr, List<Symbol> references, ref bool dependsOnToday)
    {
        switch (expr)
        {
            case Reference reference:
                references.Add(reference.Symbol);
                break;
            case Unary unary:
                Walk(unary.Operand, references, ref dependsOnToday);
                break;
            case Binary binary:
                Walk(binary.Left, references, ref dependsOnToday);
                Walk(binary.Right, references, ref dependsOnToday);
                break;
            case Call call:
                dependsOnToday |= FunctionRegistry.Find(call.Name)?.DependsOnToday ?? false;
                foreach (var arg in call.Args) Walk(arg, references, ref dependsOnToday);
                break;
            case ListExpr list:
                foreach (var item in list.Items) Walk(item, references, ref dependsOnToday);
                break;
        }
    }

    /// <summary>Folding evaluates with no values at all; a constant expression never asks for one.</summary>
    private sealed class NoValues : IValueSource
    {
        public static readonly NoValues Instance = new();

        public DateOnly Today => throw new InvalidOperationException("A constant expression read today's date.");

        public object? Get(Symbol symbol) => throw new InvalidOperationException("A constant expression read a value.");
    }
}
