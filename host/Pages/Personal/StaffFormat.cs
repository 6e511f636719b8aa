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

    /// <summary>A file type as staff name it.</summary>
    public static string FileType(string contentType) => contentType switch
    {
        FormEngine.Host.Cases.ContentSniffer.Pdf => "PDF",
        FormEngine.Host.Cases.ContentSniffer.Jpeg => "JPEG",
        FormEngine.Host.Cases.ContentSniffer.Png => "PNG",
        FormEngine.Host.Cases.ContentSniffer.Heic => "HEIC",
        _ => contentType,
    };

    /// <summary>A file size in kB or MB (Swedish decimal comma).</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, (bytes + 1023) / 1024)} kB"
        : (bytes / (1024.0 * 1024.0)).ToString("0.0", Swedish) + " MB";
}
