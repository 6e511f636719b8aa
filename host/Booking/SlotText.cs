using System.Globalization;
using FormEngine.Time;

namespace FormEngine.Host.Booking;

/// <summary>Clock times of the appointment book in Swedish time, as both residents and staff read them.</summary>
public static class SlotText
{
    public static string Clock(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, SwedishCalendar.Stockholm).ToString("HH:mm", CultureInfo.InvariantCulture);
}
