using FormEngine.Host.Demo;
using FormEngine.Host.Ombud;
using Microsoft.Extensions.Time.Testing;

namespace FormEngine.Host.Tests.Ombud;

/// <summary>The ombud rules on a clock the tests move: the 13th birthday, skyddad identitet, no relation.</summary>
public sealed class ProxyRightsTests
{
    // Born 2013-06-15 (a girl, serial 204): turns 13 on 2026-06-15.
    private static readonly string Child = TestPersonnummer.Create(new DateOnly(2013, 6, 15), "204");
    private static readonly ProxyParty Guardian = new("198509224625", ProtectedIdentity: false);

    /// <summary>A clock at <paramref name="local"/> in Stockholm (summer time: UTC+2 in June).</summary>
    private static FakeTimeProvider ClockAt(DateTime local) =>
        new(new DateTimeOffset(local, FormEngine.Host.Identity.SwedishTime.Zone.GetUtcOffset(local)));

    [Fact]
    public void A_guardian_may_act_for_a_child_under_13()
    {
        var rights = new ProxyRights(ClockAt(new DateTime(2026, 6, 14, 12, 0, 0)));
        Assert.Equal(ProxyDecision.Allowed, rights.Decide(Guardian, new ProxyParty(Child, false), isGuardian: true));
    }

    [Fact]
    public void The_right_ends_on_the_13th_birthday_when_the_clock_moves_across_it()
    {
        var clock = ClockAt(new DateTime(2026, 6, 14, 23, 59, 0));
        var rights = new ProxyRights(clock);
        var child = new ProxyParty(Child, false);
        Assert.True(rights.MayAct(Guardian, child, isGuardian: true));

        clock.Advance(TimeSpan.FromMinutes(2)); // 00:01 on the birthday, Swedish time
        Assert.Equal(ProxyDecision.ChildTooOld, rights.Decide(Guardian, child, isGuardian: true));
        Assert.Equal(new DateOnly(2026, 6, 15), rights.RightEndsOn(Child));
    }

    [Fact]
    public void The_birthday_is_a_Stockholm_date_not_a_UTC_one()
    {
        // 23:30 UTC on the 14th is already 01:30 on the 15th in Stockholm.
        var rights = new ProxyRights(new FakeTimeProvider(new DateTimeOffset(2026, 6, 14, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(ProxyDecision.ChildTooOld, rights.Decide(Guardian, new ProxyParty(Child, false), isGuardian: true));
    }

    [Fact]
    public void Skyddad_identitet_on_the_childs_side_means_no_ombud()
    {
        var rights = new ProxyRights(ClockAt(new DateTime(2020, 1, 1, 12, 0, 0)));
        Assert.Equal(ProxyDecision.ProtectedIdentity, rights.Decide(Guardian, new ProxyParty(Child, true), isGuardian: true));
    }

    [Fact]
    public void Skyddad_identitet_on_the_guardians_side_means_no_ombud()
    {
        var rights = new ProxyRights(ClockAt(new DateTime(2020, 1, 1, 12, 0, 0)));
        Assert.Equal(ProxyDecision.ProtectedIdentity, rights.Decide(Guardian with { ProtectedIdentity = true }, new ProxyParty(Child, false), isGuardian: true));
    }

    [Fact]
    public void Without_a_guardianship_there_is_no_ombud()
    {
        var rights = new ProxyRights(ClockAt(new DateTime(2020, 1, 1, 12, 0, 0)));
        Assert.Equal(ProxyDecision.NotGuardian, rights.Decide(Guardian, new ProxyParty(Child, false), isGuardian: false));
    }

    [Fact]
    public void A_value_without_a_birth_date_is_never_a_child_to_act_for()
    {
        var rights = new ProxyRights(ClockAt(new DateTime(2020, 1, 1, 12, 0, 0)));
        Assert.Equal(ProxyDecision.InvalidPersonnummer, rights.Decide(Guardian, new ProxyParty(Child[..11] + (char)((Child[11] - '0' + 1) % 10 + '0'), false), isGuardian: true));
        Assert.Null(rights.RightEndsOn("not a number"));
    }

    [Fact]
    public void A_child_born_on_29_February_loses_the_right_on_28_February_in_a_common_year()
    {
        var leapChild = TestPersonnummer.Create(new DateOnly(2012, 2, 29), "204");
        var rights = new ProxyRights(ClockAt(new DateTime(2025, 2, 27, 12, 0, 0)));
        Assert.Equal(new DateOnly(2025, 2, 28), rights.RightEndsOn(leapChild));
        Assert.True(rights.MayAct(Guardian, new ProxyParty(leapChild, false), isGuardian: true));
    }
}
