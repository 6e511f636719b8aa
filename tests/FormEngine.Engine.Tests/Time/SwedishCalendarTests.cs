using FormEngine.Time;

namespace FormEngine.Tests.Time;

public class SwedishCalendarTests
{
    private readonly SwedishCalendar _calendar = SwedishCalendar.Instance;

    [Theory]
    [InlineData("2026-04-02", true)]  // skärtorsdagen is a working day
    [InlineData("2026-04-03", false)] // långfredagen
    [InlineData("2026-04-06", false)] // annandag påsk
    [InlineData("2026-05-14", false)] // Kristi himmelsfärdsdag
    [InlineData("2026-05-15", true)]  // the "klämdag" after it is still a working day
    [InlineData("2026-06-19", false)] // midsommarafton
    [InlineData("2025-06-06", false)] // nationaldagen on a Friday
    [InlineData("2026-12-24", false)] // julafton
    [InlineData("2026-12-31", false)] // nyårsafton
    [InlineData("2026-03-28", false)] // an ordinary Saturday
    [InlineData("2026-03-30", true)]  // an ordinary Monday
    public void Knows_working_days(string date, bool working) =>
        Assert.Equal(working, _calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-07")]  // over Easter
    [InlineData("2025-12-19", 3, "2025-12-29")]  // over Christmas
    [InlineData("2026-12-30", 1, "2027-01-04")]  // over New Year and a weekend
    [InlineData("2026-06-18", 1, "2026-06-22")]  // over midsummer
    [InlineData("2026-05-13", 2, "2026-05-18")]  // over Kristi himmelsfärd
    [InlineData("2026-04-07", -1, "2026-04-02")] // backwards over Easter
    [InlineData("2026-03-28", 0, "2026-03-30")]  // zero from a Saturday gives Monday
    [InlineData("2026-03-30", 0, "2026-03-30")]  // zero from a working day gives that day
    public void Adds_working_days(string from, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), _calendar.AddWorkingDays(DateOnly.Parse(from), days));

    [Fact]
    public void Adding_n_working_days_passes_exactly_n_working_days_and_lands_on_one()
    {
        for (var date = new DateOnly(2024, 1, 1); date < new DateOnly(2028, 1, 1); date = date.AddDays(1))
        {
            foreach (var n in new[] { 1, 2, 5 })
            {
                var result = _calendar.AddWorkingDays(date, n);
                Assert.True(_calendar.IsWorkingDay(result), $"{date}+{n} = {result}");
                var passed = 0;
                for (var d = date.AddDays(1); d <= result; d = d.AddDays(1))
                    if (_calendar.IsWorkingDay(d)) passed++;
                Assert.Equal(n, passed);
            }
        }
    }

    [Theory]
    // Spring forward (29 March 2026): Monday 30 March ends at midnight CEST, 22:00 UTC.
    [InlineData("2026-03-27T10:00:00+01:00", 1, "2026-03-30T22:00:00Z")]
    // Before the change the same rule gives 23:00 UTC.
    [InlineData("2026-03-26T10:00:00+01:00", 1, "2026-03-27T23:00:00Z")]
    // Fall back (25 October 2026): Monday 26 October ends at midnight CET, 23:00 UTC.
    [InlineData("2026-10-23T15:00:00+02:00", 1, "2026-10-26T23:00:00Z")]
    // Started on the DST Sunday itself, a Sunday counts from Monday.
    [InlineData("2026-10-25T12:00:00Z", 1, "2026-10-26T23:00:00Z")]
    // 23:30 UTC on Thursday is already Friday in Sweden: the Swedish date counts, not the UTC one.
    [InlineData("2026-03-26T23:30:00Z", 1, "2026-03-30T22:00:00Z")]
    // Midsummer and a weekend in between, summer time.
    [InlineData("2026-06-18T09:00:00+02:00", 2, "2026-06-23T22:00:00Z")]
    public void Deadline_expires_at_the_end_of_the_swedish_working_day(string start, int days, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), _calendar.DeadlineAfter(DateTimeOffset.Parse(start), days));

    [Fact]
    public void End_of_day_uses_the_offset_in_force_that_midnight()
    {
        Assert.Equal(TimeSpan.FromHours(1), SwedishCalendar.EndOfDay(new DateOnly(2026, 3, 28)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), SwedishCalendar.EndOfDay(new DateOnly(2026, 3, 29)).Offset);
        Assert.Equal(TimeSpan.FromHours(2), SwedishCalendar.EndOfDay(new DateOnly(2026, 10, 24)).Offset);
        Assert.Equal(TimeSpan.FromHours(1), SwedishCalendar.EndOfDay(new DateOnly(2026, 10, 25)).Offset);
    }
}
