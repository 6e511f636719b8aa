namespace FormEngine.Expressions.Functions;

/// <summary>Aggregates. An absent list counts as empty: a repeat nobody has filled in has no rows.</summary>
internal static class ListFunctions
{
    public static IEnumerable<ExprFunction> All =>
    [
        new SimpleFunction("count", [Param.List], ExprType.Number, a =>
        {
            var list = a[0];
            return v => list(v) is IReadOnlyList<object?> items ? (decimal)items.Count : 0m;
        }),
        new SimpleFunction("sum", [Param.NumberList], ExprType.Number, a =>
        {
            var list = a[0];
            return v =>
            {
                var total = 0m;
                if (list(v) is not IReadOnlyList<object?> items) return total;
                try
                {
                    foreach (var item in items)
                    {
                        if (item is decimal d) total += d;
                    }
                }
                catch (OverflowException)
                {
                    return null;
                }
                return total;
            };
        }),
        new ContainsFunction(),
    ];
}
