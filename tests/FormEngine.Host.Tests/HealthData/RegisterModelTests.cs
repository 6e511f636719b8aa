using FormEngine.Host.HealthData;

namespace FormEngine.Host.Tests.HealthData;

/// <summary>The small rules of the registers' records: the tidsspärr, deliveries left, the frikort threshold.</summary>
public sealed class RegisterModelTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void An_aid_can_be_ordered_from_the_day_its_interval_has_passed()
    {
        var aid = new Aid("a", "TENA", "incontinence", "vc-eksjo", 2, 90, Today.AddDays(-89));
        Assert.Equal(AidAvailability.WaitingPeriod, aid.AvailabilityOn(Today));
        Assert.Equal(Today.AddDays(1), aid.OrderableFrom);
        Assert.Equal(AidAvailability.Orderable, aid.AvailabilityOn(Today.AddDays(1)));
    }

    [Fact]
    public void An_aid_without_deliveries_left_is_never_orderable()
    {
        var aid = new Aid("a", "TENA", "incontinence", "vc-eksjo", 0, 90, Today.AddDays(-400));
        Assert.Equal(AidAvailability.NoDeliveriesLeft, aid.AvailabilityOn(Today));
        Assert.Equal(AidAvailability.Orderable, (aid with { DeliveriesLeft = 1 }).AvailabilityOn(Today));
        Assert.Equal(AidAvailability.Orderable, (aid with { DeliveriesLeft = 1, LastDeliveredOn = null }).AvailabilityOn(Today));
    }

    [Fact]
    public void Frikort_starts_with_the_payment_that_reaches_the_threshold()
    {
        var start = new DateOnly(2026, 3, 1);
        var status = new HighCostStatus(start, [new(start, 1000, "x"), new(start.AddDays(10), 400, "x"), new(start.AddDays(20), 200, "x")], 1450);
        Assert.True(status.HasFreeCard);
        Assert.Equal(start.AddDays(20), status.FreeCardFrom);
        Assert.Equal(0, status.RemainingKr);
        Assert.Equal(new DateOnly(2027, 2, 28), status.PeriodEnd);

        var partly = status with { Payments = status.Payments.Take(2).ToList() };
        Assert.False(partly.HasFreeCard);
        Assert.Equal(50, partly.RemainingKr);
        Assert.Null(partly.FreeCardFrom);
    }
}
