using FormEngine.Time;

namespace FormEngine.Catalog;

/// <summary>A care type residents may book themselves at a clinic, e.g. "sjukskoterskebesok" (Sjuksköterskebesök).</summary>
public sealed record BookableCareType(string Key, string Name);

/// <summary>
/// A clinic's booking settings (the <c>booking:</c> block in the catalogue): which care types residents may book
/// online (none means no direct booking; such a clinic offers the request form <c>boka-tid</c> instead) and the
/// cancellation deadline in full weekdays, after which a cancellation is allowed but the visit is invoiced.
/// </summary>
public sealed record ClinicBooking(IReadOnlyList<BookableCareType> OnlineCareTypes, int CancellationDeadlineWeekdays)
{
    /// <summary>The largest deadline the catalogue accepts: longer ones are surely a typo for hours.</summary>
    public const int MaxDeadlineWeekdays = 10;

    /// <summary>domain.md: one full weekday for primary care, three for specialist care.</summary>
    public static int DefaultDeadlineWeekdays(ClinicKind kind) => kind == ClinicKind.Vardcentral ? 1 : 3;

    /// <summary>No direct booking and the default deadline for the kind of clinic.</summary>
    public static ClinicBooking DefaultFor(ClinicKind kind) => new([], DefaultDeadlineWeekdays(kind));

    public bool OffersDirectBooking => OnlineCareTypes.Count > 0;

    public bool IsBookableOnline(string careType) => OnlineCareTypes.Any(c => c.Key == careType);

    /// <summary>
    /// The last instant a visit starting at <paramref name="start"/> can be cancelled free of charge: at least
    /// <see cref="CancellationDeadlineWeekdays"/> full weekdays (Monday-Friday, not Swedish public holidays) must lie
    /// between the day of cancelling and the day of the visit, so the deadline is the start (Swedish midnight) of
    /// the N-th weekday before the visit's date. With 0 the deadline is the visit itself.
    /// </summary>
    public DateTimeOffset CancellationDeadline(DateTimeOffset start, SwedishCalendar? calendar = null)
    {
        if (CancellationDeadlineWeekdays <= 0) return start;
        var visitDay = SwedishCalendar.SwedishDateOf(start);
        var lastFullWeekday = (calendar ?? SwedishCalendar.Instance).AddWorkingDays(visitDay, -CancellationDeadlineWeekdays);
        return SwedishCalendar.EndOfDay(lastFullWeekday.AddDays(-1));
    }

    /// <summary>Whether cancelling at <paramref name="now"/> is past the deadline (allowed, but invoiced).</summary>
    public bool IsLateCancellation(DateTimeOffset start, DateTimeOffset now, SwedishCalendar? calendar = null) =>
        now >= CancellationDeadline(start, calendar);
}
