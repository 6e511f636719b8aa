using FormEngine.Diagnostics;
using FormEngine.Expressions.Binding;
using FormEngine.Expressions.Parsing;

namespace FormEngine.Expressions;

/// <summary>Parses, resolves and type-checks one expression.</summary>
public static class ExpressionCompiler
{
    /// <summary>
    /// Never throws on author mistakes. Reports the first syntax error of the expression, or else every name, type,
    /// function and choice-code problem, into <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="expected">The type the context needs, e.g. <see cref="ExprType.Boolean"/> for conditions; null for any.</param>
    /// <returns>Null when the expression has errors.</returns>
    public static CompiledExpression? Compile(
        ExpressionSource source, ISymbolTable symbols, ExprType? expected, DiagnosticBag diagnostics)
    {
        var reporter = new Reporter(source, diagnostics);
        SyntaxNode tree;
        try
        {
            tree = Parser.Parse(source.Text);
        }
        catch (SyntaxError error)
        {
            reporter.Report(DiagnosticCodes.ExpressionSyntax, error.Offset, error.Message);
            return null;
        }

        var expr = new Binder(symbols, reporter).Bind(tree);
        if (expected is not null && !expr.Type.IsAssignableTo(expected)) ReportUnexpected(expr, expected, reporter);
        return reporter.ErrorCount == 0 ? new CompiledExpression(source.Text, expr) : null;
    }

    private static void ReportUnexpected(Expr expr, ExprType expected, Reporter reporter)
    {
        var wanted = expected.Kind == TypeKind.Boolean ? "a condition (true/false)" : expected.ToString();
        reporter.TypeMismatch(expr.Offset, $"Expected {wanted} but this is {expr.Type}.");
    }
}
