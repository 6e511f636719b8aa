using FormEngine.Host.Identity;
using Pnr = FormEngine.Identity.Personnummer;

namespace FormEngine.Host.Cases.Audit;

/// <summary>
/// A granskare's search of the access log: every filter optional, the period in Swedish dates (from and to both
/// included, Europe/Stockholm days). Built from the form's text by <see cref="Parse"/>, which says what is wrong.
/// </summary>
public sealed record AccessLogQuery(string? Personnummer, string? StaffHsaId, string? ClinicKey, DateOnly? From, DateOnly? To)
{
    public const string InvalidPersonnummer = "Ange ett giltigt personnummer med 12 siffror, till exempel 19121212-1212.";
    public const string InvalidDate = "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-31.";
    public const string ToBeforeFrom = "Till och med-datumet kan inte vara före från och med-datumet.";

    /// <summary>The first instant of <see cref="From"/> in Stockholm, as UTC.</summary>
    public DateTimeOffset? FromUtc => From is { } day ? StartOf(day) : null;

    /// <summary>The first instant after <see cref="To"/> in Stockholm, as UTC (the search is "before this").</summary>
    public DateTimeOffset? BeforeUtc => To is { } day ? StartOf(day.AddDays(1)) : null;

    /// <returns>The query, or the errors by the form field they belong to (personnummer, fran, till).</returns>
    public static (AccessLogQuery? Query, IReadOnlyList<(string Field, string Message)> Errors) Parse(
        string? personnummer, string? hsaId, string? clinicKey, string? from, string? to, DateOnly today)
    {
        var errors = new List<(string, string)>();
        string? resident = null;
        if (!string.IsNullOrWhiteSpace(personnummer))
        {
            if (Pnr.TryParse(personnummer.Trim().Replace(" ", ""), today, out var pnr)) resident = pnr.TwelveDigits;
            else errors.Add(("personnummer", InvalidPersonnummer));
        }
        var fromDate = Date(from, "fran", errors);
        var toDate = Date(to, "till", errors);
        if (fromDate is { } f && toDate is { } t && t < f) errors.Add(("till", ToBeforeFrom));
        if (errors.Count > 0) return (null, errors);
        return (new AccessLogQuery(resident, Blank(hsaId), Blank(clinicKey), fromDate, toDate), errors);
    }

    private static DateOnly? Date(string? text, string field, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date)) return date;
        errors.Add((field, InvalidDate));
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Midnight in Stockholm; on a daylight-saving change the day is 23 or 25 hours long, which this follows.
    private static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), SwedishTime.Zone), TimeSpan.Zero);
}
