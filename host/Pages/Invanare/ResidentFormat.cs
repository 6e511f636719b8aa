using System.Globalization;
using FormEngine.Time;

namespace FormEngine.Host.Pages.Invanare;

/// <summary>Dates and times as Swedish residents read them, in Swedish time whatever the server's zone.</summary>
public static class ResidentFormat
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, SwedishCalendar.Stockholm).ToString("d MMMM yyyy 'kl.' HH:mm", Swedish);

    public static string Date(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, SwedishCalendar.Stockholm).ToString("dddd d MMMM yyyy", Swedish);
}
