namespace FormEngine.Expressions.Evaluation;

/// <summary>
/// What the operators mean on runtime values. Total functions: nulls and mismatched values give null or false,
/// never an exception, because a half-filled form is the normal case.
/// </summary>
internal static class Semantics
{
    public static bool AreEqual(object? a, object? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a is IReadOnlyList<object?> left && b is IReadOnlyList<object?> right)
        {
            if (left.Count != right.Count) return false;
            for (var i = 0; i < left.Count; i++)
            {
                if (!AreEqual(left[i], right[i])) return false;
            }
            return true;
        }
        if (a is string s && b is string t) return string.Equals(s, t, StringComparison.Ordinal);
        // decimal.Equals compares by value, so 1 == 1.0.
        return a.Equals(b);
    }

    /// <summary>Orders two values of the same ordered type; null when either is null or they cannot be ordered.</summary>
    public static int? Compare(object? a, object? b) => (a, b) switch
    {
        (decimal x, decimal y) => x.CompareTo(y),
        (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        (TimeOnly x, TimeOnly y) => x.CompareTo(y),
        (DateTime x, DateTime y) => x.CompareTo(y),
        _ => null,
    };

    /// <summary><c>item in container</c>: membership in a list, or substring of a text.</summary>
    public static bool IsIn(object? item, object? container)
    {
        switch (container)
        {
            case IReadOnlyList<object?> list:
                foreach (var element in list)
                {
                    if (AreEqual(item, element)) return true;
                }
                return false;
            case string text when item is string part:
                return text.Contains(part, StringComparison.Ordinal);
            default:
                return false;
        }
    }

    public static object? Add(object? a, object? b) => (a, b) switch
    {
        (decimal x, decimal y) => Checked(x, y, static (p, q) => p + q),
        (DateOnly d, decimal n) => AddDays(d, n),
        (decimal n, DateOnly d) => AddDays(d, n),
        _ => null,
    };

    public static object? Subtract(object? a, object? b) => (a, b) switch
    {
        (decimal x, decimal y) => Checked(x, y, static (p, q) => p - q),
        (DateOnly d, decimal n) => AddDays(d, -n),
        (DateOnly x, DateOnly y) => (decimal)(x.DayNumber - y.DayNumber),
        _ => null,
    };

    public static object? Multiply(object? a, object? b) =>
        a is decimal x && b is decimal y ? Checked(x, y, static (p, q) => p * q) : null;

    public static object? Divide(object? a, object? b) =>
        a is decimal x && b is decimal y && y != 0 ? Checked(x, y, static (p, q) => p / q) : null;

    public static object? Negate(object? a) => a is decimal x ? -x : null;

    /// <summary>Adds whole days (the fraction is dropped); null when the result leaves the calendar.</summary>
    public static object? AddDays(DateOnly date, decimal days)
    {
        var whole = decimal.Truncate(days);
        var target = date.DayNumber + whole;
        if (target < DateOnly.MinValue.DayNumber || target > DateOnly.MaxValue.DayNumber) return null;
        return DateOnly.FromDayNumber((int)target);
    }

    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>, counted like an age.</summary>
    public static decimal YearsBetween(DateOnly from, DateOnly to)
    {
        if (to < from) return -YearsBetween(to, from);
        var years = to.Year - from.Year;
        if (to < from.AddYears(years)) years--;
        return years;
    }

    private static object? Checked(decimal x, decimal y, Func<decimal, decimal, decimal> op)
    {
        try
        {
            return op(x, y);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
