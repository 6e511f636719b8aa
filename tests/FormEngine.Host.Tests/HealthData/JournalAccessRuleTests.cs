using FormEngine.Host.Demo;
using FormEngine.Host.HealthData;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Host.Tests.HealthData;

/// <summary>Journalen's age rules on a clock the tests move across the 13th and 16th birthdays (Swedish dates).</summary>
public sealed class JournalAccessRuleTests
{
    // Born 2010-06-15 (a boy, serial 417): turns 13 on 2023-06-15 and 16 on 2026-06-15.
    private static readonly string Teen = TestPersonnummer.Create(new DateOnly(2010, 6, 15), "417");

    /// <summary>A clock at <paramref name="local"/> in Stockholm.</summary>
    private static FakeTimeProvider ClockAt(DateTime local) =>
        new(new DateTimeOffset(local, FormEngine.Host.Identity.SwedishTime.Zone.GetUtcOffset(local)));

    [Fact]
    public void Own_access_starts_on_the_16th_birthday()
    {
        var clock = ClockAt(new DateTime(2026, 6, 14, 23, 59, 0));
        var rule = new JournalAccessRule(clock);
        Assert.Equal(JournalAccess.OwnAccessFrom16, rule.Decide(Teen, readByOmbud: false));

        clock.Advance(TimeSpan.FromMinutes(2)); // 00:01 on the 16th birthday, Swedish time
        Assert.Equal(JournalAccess.Allowed, rule.Decide(Teen, readByOmbud: false));
    }

    [Fact]
    public void An_ombud_reads_until_the_13th_birthday_and_not_from_it()
    {
        var clock = ClockAt(new DateTime(2023, 6, 14, 23, 59, 0));
        var rule = new JournalAccessRule(clock);
        Assert.Equal(JournalAccess.Allowed, rule.Decide(Teen, readByOmbud: true));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(JournalAccess.ChildTurned13, rule.Decide(Teen, readByOmbud: true));
    }

    [Theory]
    [InlineData(2023, 6, 15)] // 13th birthday
    [InlineData(2024, 12, 31)]
    [InlineData(2026, 6, 14)] // the day before the 16th birthday
    public void Between_13_and_16_nobody_reads_it(int year, int month, int day)
    {
        var rule = new JournalAccessRule(ClockAt(new DateTime(year, month, day, 12, 0, 0)));
        Assert.Equal(JournalAccess.OwnAccessFrom16, rule.Decide(Teen, readByOmbud: false));
        Assert.Equal(JournalAccess.ChildTurned13, rule.Decide(Teen, readByOmbud: true));
        Assert.NotNull(JournalAccessRule.Explanation(JournalAccess.OwnAccessFrom16));
    }

    [Fact]
    public void A_child_under_13_does_not_read_their_own_record()
    {
        var rule = new JournalAccessRule(ClockAt(new DateTime(2020, 1, 1, 12, 0, 0)));
        Assert.Equal(JournalAccess.OwnAccessFrom16, rule.Decide(Teen, readByOmbud: false));
        Assert.Equal(JournalAccess.Allowed, rule.Decide(Teen, readByOmbud: true));
    }

    [Fact]
    public void The_birthday_is_a_Stockholm_date_not_a_UTC_one()
    {
        // 22:30 UTC on 14 June is 00:30 on the 16th birthday in Stockholm (summer time).
        var rule = new JournalAccessRule(new FakeTimeProvider(new DateTimeOffset(2026, 6, 14, 22, 30, 0, TimeSpan.Zero)));
        Assert.Equal(JournalAccess.Allowed, rule.Decide(Teen, readByOmbud: false));
    }

    [Fact]
    public void A_value_that_is_not_a_personnummer_is_never_shown()
    {
        var rule = new JournalAccessRule(ClockAt(new DateTime(2026, 1, 1, 12, 0, 0)));
        Assert.Equal(JournalAccess.Unknown, rule.Decide("191212121213", readByOmbud: false));
    }
}
