using System.Globalization;

namespace FormEngine.Expressions.Functions;

internal static class TextFunctions
{
    public static IEnumerable<ExprFunction> All =>
    [
        // Counts what a reader sees as characters, so 'å' typed as a + combining ring counts once.
        new SimpleFunction("len", [Param.TextOrList], ExprType.Number, a =>
        {
            var value = a[0];
            return v => value(v) switch
            {
                string s => (decimal)new StringInfo(s).LengthInTextElements,
                IReadOnlyList<object?> list => (decimal)list.Count,
                _ => 0m,
            };
        }),
        TextToText("lower", s => s.ToLowerInvariant()),
        TextToText("upper", s => s.ToUpperInvariant()),
        TextToText("trim", s => s.Trim()),
        new MatchesFunction(),
    ];

    private static SimpleFunction TextToText(string name, Func<string, string> map) =>
        new(name, [Param.Text], ExprType.Text, a =>
        {
            var value = a[0];
            return v => value(v) is string s ? map(s) : null;
        });
}
