namespace FormEngine.Expressions.Functions;

internal static class NumberFunctions
{
    public static IEnumerable<ExprFunction> All =>
    [
        TwoNumbers("min", Math.Min),
        TwoNumbers("max", Math.Max),
        new SimpleFunction("round", [Param.Number, Param.Number], ExprType.Number, a =>
        {
            var value = a[0];
            var digits = a.Length > 1 ? a[1] : null;
            return v =>
            {
                if (value(v) is not decimal x) return null;
                var places = digits is null ? 0m : digits(v) as decimal?;
                // decimal keeps at most 28 decimals; anything else is not a sensible number of places.
                if (places is not { } p || p != decimal.Truncate(p) || p < 0 || p > 28) return null;
                return Math.Round(x, (int)p, MidpointRounding.AwayFromZero);
            };
        }, minArgs: 1),
    ];

    private static SimpleFunction TwoNumbers(string name, Func<decimal, decimal, decimal> op) =>
        new(name, [Param.Number, Param.Number], ExprType.Number, a =>
        {
            var (left, right) = (a[0], a[1]);
            return v => left(v) is decimal x && right(v) is decimal y ? op(x, y) : null;
        });
}
