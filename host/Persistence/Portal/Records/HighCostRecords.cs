namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// The resident's current högkostnadsskydd period as the national high-cost database holds it (demo stand-in):
/// the 12 months start with the first fee paid after the previous period ended.
/// </summary>
public sealed class HighCostPeriodRecord
{
    public required string ResidentPersonnummer { get; set; }
    public required DateOnly PeriodStart { get; set; }
}

/// <summary>One patient fee counted towards the högkostnadsskydd (whole kronor, as the fees are).</summary>
public sealed class HighCostPaymentRecord
{
    public long Id { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required DateOnly PaidOn { get; set; }
    public required int AmountKr { get; set; }
    /// <summary>The catalogue key of the clinic the fee was paid at.</summary>
    public required string ClinicKey { get; set; }
}
