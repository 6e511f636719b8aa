using FormEngine.Host.HealthData;
using FormEngine.Host.Identity;
using FormEngine.Host.Tests.Boot;
using FormEngine.Persistence.Portal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FormEngine.Host.Tests.HealthData;

/// <summary>The high-cost database stand-in on the seeded data: the configurable threshold and the 12-month period.</summary>
public sealed class HighCostDatabaseTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Tolvan = "191212121212"; // seeded: period started 120 days ago, 800 kr paid

    private DatabaseHighCostDatabase With(int thresholdKr) => new(
        shared.Host.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>(),
        Options.Create(new HealthDataOptions { HighCostThresholdKr = thresholdKr }));

    private static DateOnly Today => SwedishTime.Today(TimeProvider.System);

    [Fact]
    public void The_threshold_is_1450_kr_unless_the_region_configures_another()
    {
        Assert.Equal(1450, shared.Host.Services.GetRequiredService<IOptions<HealthDataOptions>>().Value.HighCostThresholdKr);
    }

    [Theory]
    [InlineData(1450, 650, false)]
    [InlineData(2000, 1200, false)]
    [InlineData(800, 0, true)]
    public async Task What_is_left_to_frikort_follows_the_configured_threshold(int threshold, int remaining, bool freeCard)
    {
        var status = await With(threshold).ForResidentAsync(Tolvan, Today);
        Assert.Equal((800, remaining, freeCard), (status.PaidKr, status.RemainingKr, status.HasFreeCard));
        Assert.Equal(Today.AddDays(-120), status.PeriodStart);
    }

    [Fact]
    public async Task A_period_that_has_run_its_12_months_is_no_longer_current()
    {
        var start = Today.AddDays(-120);
        var lastDay = await With(1450).ForResidentAsync(Tolvan, start.AddMonths(12).AddDays(-1));
        Assert.Equal(start, lastDay.PeriodStart);

        var after = await With(1450).ForResidentAsync(Tolvan, start.AddMonths(12));
        Assert.Null(after.PeriodStart);
        Assert.Empty(after.Payments);
    }

    [Fact]
    public async Task A_resident_without_a_period_has_none()
    {
        var status = await With(1450).ForResidentAsync(TestPersonnummerFor(777), Today);
        Assert.Null(status.PeriodStart);
        Assert.Equal(1450, status.RemainingKr);
    }

    private static string TestPersonnummerFor(int serial) =>
        FormEngine.Host.Demo.TestPersonnummer.Create(new DateOnly(1975, 3, 3), serial.ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
}
