namespace FormEngine.Host.HealthData;

/// <summary>Settings of the read-only health services (section FormEngine:HealthData).</summary>
public sealed class HealthDataOptions
{
    public const string Section = "FormEngine:HealthData";

    /// <summary>
    /// Högkostnadsskyddet för öppenvård: what a resident pays in patient fees in 12 months before the rest of the
    /// period is free (frikort). 1 450 kr in most regions in 2026; regions decide, so it is a setting.
    /// </summary>
    public int HighCostThresholdKr { get; set; } = 1450;

    /// <summary>
    /// The demo registers answer for a resident they hold nothing about with a few fictitious prescriptions and
    /// aids (<see cref="DemoDefaults"/>), so any test person can try Förnya recept and Förnya hjälpmedel. Off
    /// wherever a real register is connected.
    /// </summary>
    public bool DemoDefaultsForUnknownResidents { get; set; } = true;
}
