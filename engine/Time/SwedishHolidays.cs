namespace FormEngine.Time;

/// <summary>
/// Swedish public holidays (allmänna helgdagar) plus the eves that are treated as days off in practice
/// (midsommarafton, julafton, nyårsafton), for any Gregorian year. Sundays are days off anyway, so the
/// holidays that always fall on one (påskdagen, pingstdagen) are listed for completeness only.
/// </summary>
public static class SwedishHolidays
{
    /// <summary>Every holiday of <paramref name="year"/> with its Swedish name, in date order.</summary>
    public static IReadOnlyList<(DateOnly Date, string Name)> Of(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FridayBetween(new DateOnly(year, 6, 19));
        var allSaints = SaturdayBetween(new DateOnly(year, 10, 31));
        List<(DateOnly, string)> days =
        [
            (new DateOnly(year, 1, 1), "nyårsdagen"),
            (new DateOnly(year, 1, 6), "trettondedag jul"),
            (easter.AddDays(-2), "långfredagen"),
            (easter, "påskdagen"),
            (easter.AddDays(1), "annandag påsk"),
            (new DateOnly(year, 5, 1), "första maj"),
            (easter.AddDays(39), "Kristi himmelsfärdsdag"),
            (easter.AddDays(49), "pingstdagen"),
            (new DateOnly(year, 6, 6), "Sveriges nationaldag"),
            (midsummerEve, "midsommarafton"),
            (midsummerEve.AddDays(1), "midsommardagen"),
            (allSaints, "alla helgons dag"),
            (new DateOnly(year, 12, 24), "julafton"),
            (new DateOnly(year, 12, 25), "juldagen"),
            (new DateOnly(year, 12, 26), "annandag jul"),
            (new DateOnly(year, 12, 31), "nyårsafton"),
        ];
        days.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return days;
    }

    /// <summary>Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    // Midsommarafton is the Friday of 19-25 June; alla helgons dag the Saturday of 31 October-6 November.
    private static DateOnly FridayBetween(DateOnly first) => first.AddDays(((int)DayOfWeek.Friday - (int)first.DayOfWeek + 7) % 7);

    private static DateOnly SaturdayBetween(DateOnly first) => first.AddDays(((int)DayOfWeek.Saturday - (int)first.DayOfWeek + 7) % 7);
}
