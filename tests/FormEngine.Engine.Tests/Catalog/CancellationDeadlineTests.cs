using FormEngine.Catalog;
using FormEngine.Time;

namespace FormEngine.Tests.Catalog;

/// <summary>
/// The cancellation deadline in full weekdays (domain.md, Time): at least N whole weekdays, not weekends or Swedish
/// public holidays, must lie between the day of cancelling and the day of the visit, in Swedish time.
/// </summary>
public sealed class CancellationDeadlineTests
{
    private static readonly ClinicBooking PrimaryCare = ClinicBooking.DefaultFor(ClinicKind.Vardcentral);
    private static readonly ClinicBooking Specialist = ClinicBooking.DefaultFor(ClinicKind.Specialist);

    /// <summary>A Swedish wall-clock time as an instant.</summary>
    private static DateTimeOffset Swedish(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, SwedishCalendar.Stockholm.GetUtcOffset(local));
    }

    [Fact]
    public void Primary_care_defaults_to_one_full_weekday_and_specialist_care_to_three()
    {
        Assert.Equal(1, PrimaryCare.CancellationDeadlineWeekdays);
        Assert.Equal(3, Specialist.CancellationDeadlineWeekdays);
        Assert.False(PrimaryCare.OffersDirectBooking);
    }

    [Fact]
    public void A_wednesday_visit_can_be_cancelled_free_until_monday_ends()
    {
        var visit = Swedish(2026, 12, 2, 10);
        Assert.Equal(Swedish(2026, 12, 1, 0), PrimaryCare.CancellationDeadline(visit));
        Assert.False(PrimaryCare.IsLateCancellation(visit, Swedish(2026, 11, 30, 23, 59)));
        Assert.True(PrimaryCare.IsLateCancellation(visit, Swedish(2026, 12, 1, 0)));
    }

    [Fact]
    public void The_weekend_does_not_count_so_a_monday_visit_must_be_cancelled_by_thursday()
    {
        var visit = Swedish(2026, 12, 7, 9);
        Assert.Equal(Swedish(2026, 12, 4, 0), PrimaryCare.CancellationDeadline(visit));
        Assert.False(PrimaryCare.IsLateCancellation(visit, Swedish(2026, 12, 3, 22)));
        // Saturday is more than 24 hours before, but no full weekday is left.
        Assert.True(PrimaryCare.IsLateCancellation(visit, Swedish(2026, 12, 5, 12)));
    }

    [Fact]
    public void A_public_holiday_does_not_count_as_a_weekday()
    {
        // Trettondedag jul (Wednesday 6 January 2027): the full weekday before a Thursday visit is the Tuesday.
        var visit = Swedish(2027, 1, 7, 10);
        Assert.Equal(Swedish(2027, 1, 5, 0), PrimaryCare.CancellationDeadline(visit));
        Assert.True(PrimaryCare.IsLateCancellation(visit, Swedish(2027, 1, 5, 12)));
    }

    [Fact]
    public void Three_full_weekdays_over_christmas_reach_back_past_julafton_and_juldagen()
    {
        // Monday 28 December 2026: Friday 25 (juldagen), Thursday 24 (julafton) and the weekend do not count.
        var visit = Swedish(2026, 12, 28, 10);
        Assert.Equal(Swedish(2026, 12, 21, 0), Specialist.CancellationDeadline(visit));
        Assert.False(Specialist.IsLateCancellation(visit, Swedish(2026, 12, 20, 18)));
        Assert.True(Specialist.IsLateCancellation(visit, Swedish(2026, 12, 22, 8)));
    }

    [Fact]
    public void The_deadline_is_swedish_midnight_on_either_side_of_a_clock_change()
    {
        // Winter time starts Sunday 25 October 2026: the Monday visit is at +01:00, its deadline (start of Friday) at +02:00.
        var autumn = PrimaryCare.CancellationDeadline(Swedish(2026, 10, 26, 9));
        Assert.Equal(new DateTimeOffset(2026, 10, 22, 22, 0, 0, TimeSpan.Zero), autumn.ToUniversalTime());
        // Summer time starts on Easter Sunday 2027; långfredagen (26 March) does not count, so the deadline is the start of Thursday.
        var easter = PrimaryCare.CancellationDeadline(Swedish(2027, 3, 29, 9));
        Assert.Equal(new DateTimeOffset(2027, 3, 24, 23, 0, 0, TimeSpan.Zero), easter.ToUniversalTime());
    }

    [Fact]
    public void A_deadline_of_zero_weekdays_allows_free_cancellation_until_the_visit()
    {
        var noDeadline = new ClinicBooking([], 0);
        var visit = Swedish(2026, 12, 2, 10);
        Assert.Equal(visit, noDeadline.CancellationDeadline(visit));
        Assert.False(noDeadline.IsLateCancellation(visit, visit.AddMinutes(-1)));
    }
}
