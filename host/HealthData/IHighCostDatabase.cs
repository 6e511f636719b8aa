namespace FormEngine.Host.HealthData;

/// <summary>A patient fee counted towards the högkostnadsskydd.</summary>
public sealed record HighCostPayment(DateOnly PaidOn, int AmountKr, string ClinicKey);

/// <summary>
/// The resident's högkostnadsskydd: the current 12-month period (none when no fee has started one) and its
/// payments, against the region's threshold. A period runs from its first fee for 12 months.
/// </summary>
public sealed record HighCostStatus(DateOnly? PeriodStart, IReadOnlyList<HighCostPayment> Payments, int ThresholdKr)
{
    /// <summary>The last day of the period.</summary>
    public DateOnly? PeriodEnd => PeriodStart?.AddMonths(12).AddDays(-1);

    public int PaidKr => Payments.Sum(p => p.AmountKr);

    /// <summary>What is left to pay before frikort; never below zero.</summary>
    public int RemainingKr => Math.Max(0, ThresholdKr - PaidKr);

    public bool HasFreeCard => PeriodStart is not null && PaidKr >= ThresholdKr;

    /// <summary>The day the payments reached the threshold (the frikort applies from then to the period's end).</summary>
    public DateOnly? FreeCardFrom
    {
        get
        {
            var sum = 0;
            foreach (var payment in Payments.OrderBy(p => p.PaidOn))
                if ((sum += payment.AmountKr) >= ThresholdKr) return payment.PaidOn;
            return null;
        }
    }
}

/// <summary>The national high-cost database (högkostnadsdatabasen). Read-only.</summary>
public interface IHighCostDatabase
{
    /// <summary>The resident's current period on <paramref name="today"/>: a period that has ended is no longer current.</summary>
    Task<HighCostStatus> ForResidentAsync(string personnummer, DateOnly today, CancellationToken cancellationToken = default);
}
