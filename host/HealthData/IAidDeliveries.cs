namespace FormEngine.Host.HealthData;

/// <summary>Whether an aid can be ordered today, and if not, why.</summary>
public enum AidAvailability
{
    Orderable,
    /// <summary>The tidsspärr since the last delivery has not passed: orderable from <see cref="Aid.OrderableFrom"/>.</summary>
    WaitingPeriod,
    /// <summary>Every prescribed delivery is used: the clinic must prescribe it again.</summary>
    NoDeliveriesLeft,
}

/// <summary>A consumable aid prescribed to the resident, with its deliveries left and tidsspärr.</summary>
public sealed record Aid(
    string Id, string Product, string Category, string ClinicKey, int DeliveriesLeft, int MinimumIntervalDays, DateOnly? LastDeliveredOn)
{
    /// <summary>The first day a new delivery may be ordered (the day the interval has passed).</summary>
    public DateOnly? OrderableFrom => LastDeliveredOn?.AddDays(MinimumIntervalDays);

    public AidAvailability AvailabilityOn(DateOnly today) =>
        DeliveriesLeft <= 0 ? AidAvailability.NoDeliveriesLeft
        : OrderableFrom is { } from && today < from ? AidAvailability.WaitingPeriod
        : AidAvailability.Orderable;
}

/// <summary>The aids-delivery system (hjälpmedelscentralens förskrivningar och leveranser). Read-only.</summary>
public interface IAidDeliveries
{
    Task<IReadOnlyList<Aid>> ForResidentAsync(string personnummer, CancellationToken cancellationToken = default);
}
