using FormEngine.Expressions.Evaluation;

namespace FormEngine.Expressions.Functions;

internal static class LogicFunctions
{
    public static IEnumerable<ExprFunction> All =>
    [
        // An empty text or an empty multiple choice is "not answered" to a resident, so it is not set.
        new SimpleFunction("is_set", [Param.Any], ExprType.Boolean, a =>
        {
            var value = a[0];
            return v => Values.Box(value(v) switch
            {
                null => false,
                string s => s.Length > 0,
                IReadOnlyList<object?> list => list.Count > 0,
                _ => true,
            });
        }),
        new IfFunction(),
    ];
}
