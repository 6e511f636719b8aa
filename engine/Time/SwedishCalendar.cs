using System.Collections.Concurrent;

namespace FormEngine.Time;

/// <summary>
/// Swedish working days ("arbetsdagar", "hela vardagar"): Monday to Friday that are not a public holiday or
/// one of the eves treated as days off. Deadlines expire at the end of their working day in Europe/Stockholm,
/// whatever the server's own time zone and across daylight-saving changes.
/// </summary>
public sealed class SwedishCalendar
{
    public const string TimeZoneId = "Europe/Stockholm";

    public static SwedishCalendar Instance { get; } = new();

    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidaysByYear = new();

    public static TimeZoneInfo Stockholm { get; } = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public bool IsHoliday(DateOnly date) =>
        _holidaysByYear.GetOrAdd(date.Year, y => SwedishHolidays.Of(y).Select(h => h.Date).ToHashSet()).Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date);

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="date"/> (before it when negative).
    /// Zero gives <paramref name="date"/> itself when it is a working day, else the next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        if (days == 0)
        {
            while (!IsWorkingDay(date)) date = date.AddDays(1);
            return date;
        }
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date)) left--;
        }
        return date;
    }

    /// <summary>The calendar date in Sweden at <paramref name="instant"/>.</summary>
    public static DateOnly SwedishDateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Stockholm).DateTime);

    /// <summary>
    /// The instant a deadline on <paramref name="date"/> expires: the end of that day in Sweden, i.e. the
    /// following midnight in Europe/Stockholm. Swedish clock changes happen at 02:00/03:00, so midnight
    /// always exists exactly once and the offset is the one in force that night.
    /// </summary>
    public static DateTimeOffset EndOfDay(DateOnly date)
    {
        var midnight = date.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Stockholm.GetUtcOffset(midnight));
    }

    /// <summary>
    /// When a deadline of <paramref name="workingDays"/> working days, started at <paramref name="start"/>,
    /// expires: the end of the <paramref name="workingDays"/>-th working day after the Swedish date of start.
    /// </summary>
    public DateTimeOffset DeadlineAfter(DateTimeOffset start, int workingDays) =>
        EndOfDay(AddWorkingDays(SwedishDateOf(start), workingDays));
}
