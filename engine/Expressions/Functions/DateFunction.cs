using System.Globalization;
using FormEngine.Diagnostics;

namespace FormEngine.Expressions.Functions;

/// <summary><c>date('2024-05-31')</c>: a date from ISO text. A literal that is no date is caught at publish time.</summary>
internal sealed class DateFunction : ExprFunction
{
    public override string Name => "date";

    public override int MinArgs => 1;

    public override ExprType Check(FunctionCheck check)
    {
        if (check.Require(0, Param.Text) && check.Args[0] is Literal { Value: string text } literal && Parse(text) is null)
        {
            check.Reporter.Report(DiagnosticCodes.InvalidValue, literal.Offset,
                $"'{text}' is not a date. Write dates as 'yyyy-MM-dd', e.g. '2024-05-31'.");
        }
        return ExprType.Date;
    }

    public override Func<IValueSource, object?> Build(IReadOnlyList<Expr> args, Func<IValueSource, object?>[] compiled)
    {
        var text = compiled[0];
        return v => text(v) is string s ? Parse(s) : null;
    }

    private static object? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
