using System.Text.RegularExpressions;
using FormEngine.Diagnostics;

namespace FormEngine.Expressions.Functions;

/// <summary>
/// <c>matches(text, 'pattern')</c>: true when the pattern matches somewhere in the text (anchor with ^ and $ for
/// the whole text). The pattern must be a literal so that it is checked at publish time and compiled once.
/// </summary>
internal sealed class MatchesFunction : ExprFunction
{
    // A hostile or careless pattern must not stall a request: catastrophic backtracking is cut off here.
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    public override string Name => "matches";

    public override int MinArgs => 2;

    public override ExprType Check(FunctionCheck check)
    {
        check.Require(0, Param.Text);
        var pattern = check.Args[1];
        if (pattern is not Literal { Value: string text })
        {
            check.Reporter.TypeMismatch(pattern.Offset, "The pattern of 'matches' must be written as a text literal.");
            return ExprType.Boolean;
        }
        try
        {
            _ = Create(text);
        }
        catch (ArgumentException e)
        {
            check.Reporter.Report(DiagnosticCodes.InvalidPattern, pattern.Offset, $"Invalid regular expression: {e.Message}");
        }
        return ExprType.Boolean;
    }

    public override Func<IValueSource, object?> Build(IReadOnlyList<Expr> args, Func<IValueSource, object?>[] compiled)
    {
        var regex = Create((string)((Literal)args[1]).Value!);
        var input = compiled[0];
        return v =>
        {
            if (input(v) is not string s) return Evaluation.Values.False;
            try
            {
                return Evaluation.Values.Box(regex.IsMatch(s));
            }
            catch (RegexMatchTimeoutException)
            {
                return Evaluation.Values.False;
            }
        };
    }

    private static Regex Create(string pattern) => new(pattern, RegexOptions.None, Timeout);
}
