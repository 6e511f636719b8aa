using FormEngine.Host.Cases.Audit;

namespace FormEngine.Host.Tests.Authorization;

public sealed class AccessLogQueryTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void The_period_is_whole_swedish_days_across_a_daylight_saving_change()
    {
        // Summer time starts 2026-03-29: that day begins at 23:00 UTC the day before and ends at 22:00 UTC.
        var (query, errors) = AccessLogQuery.Parse(null, null, null, "2026-03-29", "2026-03-29", Today);

        Assert.Empty(errors);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), query!.FromUtc);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 22, 0, 0, TimeSpan.Zero), query.BeforeUtc);
    }

    [Fact]
    public void A_personnummer_is_stored_as_twelve_digits_and_blank_filters_are_no_filters()
    {
        var (query, errors) = AccessLogQuery.Parse("19121212-1212", "  ", "", null, null, Today);

        Assert.Empty(errors);
        Assert.Equal(new AccessLogQuery("191212121212", null, null, null, null), query);
    }

    [Fact]
    public void Wrong_input_is_explained_in_swedish_at_its_field()
    {
        var (query, errors) = AccessLogQuery.Parse("19121212-1213", null, null, "2026-13-01", "igår", Today);

        Assert.Null(query);
        Assert.Equal([("personnummer", AccessLogQuery.InvalidPersonnummer), ("fran", AccessLogQuery.InvalidDate), ("till", AccessLogQuery.InvalidDate)], errors);
        Assert.Equal([("till", AccessLogQuery.ToBeforeFrom)], AccessLogQuery.Parse(null, null, null, "2026-02-01", "2026-01-31", Today).Errors);
    }
}
