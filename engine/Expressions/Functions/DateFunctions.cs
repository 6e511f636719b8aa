using FormEngine.Expressions.Evaluation;
using FormEngine.Identity;

namespace FormEngine.Expressions.Functions;

internal static class DateFunctions
{
    public static IEnumerable<ExprFunction> All =>
    [
        new SimpleFunction("today", [], ExprType.Date, _ => v => v.Today, dependsOnToday: true),
        new DateFunction(),
        new SimpleFunction("add_days", [Param.Date, Param.Number], ExprType.Date, a =>
        {
            var (date, days) = (a[0], a[1]);
            return v => date(v) is DateOnly d && days(v) is decimal n ? Semantics.AddDays(d, n) : null;
        }),
        TwoDates("days_between", (from, to) => to.DayNumber - from.DayNumber),
        TwoDates("years_between", Semantics.YearsBetween),
        new SimpleFunction("age", [Param.Text], ExprType.Number, a =>
        {
            var text = a[0];
            return v =>
            {
                var today = v.Today;
                return Personnummer.TryParse(text(v) as string, today, out var p) ? (decimal)p.AgeOn(today) : null;
            };
        }, dependsOnToday: true),
    ];

    private static SimpleFunction TwoDates(string name, Func<DateOnly, DateOnly, decimal> op) =>
        new(name, [Param.Date, Param.Date], ExprType.Number, a =>
        {
            var (first, second) = (a[0], a[1]);
            return v => first(v) is DateOnly x && second(v) is DateOnly y ? op(x, y) : null;
        });
}
