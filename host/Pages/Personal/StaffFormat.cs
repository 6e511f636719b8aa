using System.Globalization;
using FormEngine.Time;

namespace FormEngine.Host.Pages.Personal;

/// <summary>Dates and times in the staff workspace: Swedish time, short enough for tables.</summary>
public static class StaffFormat
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, SwedishCalendar.Stockholm).ToString("yyyy-MM-dd HH:mm", Swedish);

    public static string Time(DateTimeOffset? instant) => instant is { } at ? Time(at) : "–";

    /// <summary>A 12-digit personnummer as staff read it: YYYYMMDD-NNNN.</summary>
    public static string Personnummer(string twelveDigits) =>
        twelveDigits.Length == 12 ? $"{twelveDigits[..8]}-{twelveDigits[8..]}" : twelveDigits;
}
