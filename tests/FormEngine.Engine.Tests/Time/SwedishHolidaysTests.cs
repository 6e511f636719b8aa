using FormEngine.Time;

namespace FormEngine.Tests.Time;

public class SwedishHolidaysTests
{
    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)] // latest possible date
    [InlineData(2285, 3, 22)] // earliest possible date
    public void Easter_sunday_follows_the_gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SwedishHolidays.EasterSunday(year));

    [Fact]
    public void Every_holiday_of_2026_has_its_known_date()
    {
        var expected = new Dictionary<string, DateOnly>
        {
            ["nyårsdagen"] = new(2026, 1, 1),
            ["trettondedag jul"] = new(2026, 1, 6),
            ["långfredagen"] = new(2026, 4, 3),
            ["påskdagen"] = new(2026, 4, 5),
            ["annandag påsk"] = new(2026, 4, 6),
            ["första maj"] = new(2026, 5, 1),
            ["Kristi himmelsfärdsdag"] = new(2026, 5, 14),
            ["pingstdagen"] = new(2026, 5, 24),
            ["Sveriges nationaldag"] = new(2026, 6, 6),
            ["midsommarafton"] = new(2026, 6, 19),
            ["midsommardagen"] = new(2026, 6, 20),
            ["alla helgons dag"] = new(2026, 10, 31),
            ["julafton"] = new(2026, 12, 24),
            ["juldagen"] = new(2026, 12, 25),
            ["annandag jul"] = new(2026, 12, 26),
            ["nyårsafton"] = new(2026, 12, 31),
        };

        var actual = SwedishHolidays.Of(2026).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2024, 6, 21, 11, 2)]
    [InlineData(2025, 6, 20, 11, 1)]
    [InlineData(2027, 6, 25, 11, 6)]
    [InlineData(2028, 6, 23, 11, 4)]
    public void Midsummer_eve_is_a_friday_and_all_saints_a_saturday(int year, int month, int day, int saintsMonth, int saintsDay)
    {
        var holidays = SwedishHolidays.Of(year).ToDictionary(h => h.Name, h => h.Date);

        Assert.Equal(new DateOnly(year, month, day), holidays["midsommarafton"]);
        Assert.Equal(DayOfWeek.Friday, holidays["midsommarafton"].DayOfWeek);
        Assert.Equal(new DateOnly(year, saintsMonth, saintsDay), holidays["alla helgons dag"]);
    }

    [Fact]
    public void Holidays_tied_to_easter_keep_their_weekday_in_every_year()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var h = SwedishHolidays.Of(year).ToDictionary(x => x.Name, x => x.Date);
            Assert.Equal(DayOfWeek.Sunday, h["påskdagen"].DayOfWeek);
            Assert.Equal(DayOfWeek.Friday, h["långfredagen"].DayOfWeek);
            Assert.Equal(DayOfWeek.Monday, h["annandag påsk"].DayOfWeek);
            Assert.Equal(DayOfWeek.Thursday, h["Kristi himmelsfärdsdag"].DayOfWeek);
            Assert.Equal(DayOfWeek.Sunday, h["pingstdagen"].DayOfWeek);
            Assert.InRange(h["påskdagen"], new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }
}
