namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// A consumable aid prescribed to a resident as the aids-delivery system holds it (demo stand-in): how many
/// deliveries are left and the tidsspärr, the minimum number of days between two deliveries.
/// </summary>
public sealed class AidEntitlement
{
    public required string Id { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required string Product { get; set; }
    /// <summary>The code of Förnya hjälpmedel's aid_categories (incontinence, diabetes, stoma, other).</summary>
    public required string Category { get; set; }
    /// <summary>The catalogue key of the prescribing clinic.</summary>
    public required string ClinicKey { get; set; }
    public required int DeliveriesLeft { get; set; }
    public required int MinimumIntervalDays { get; set; }
    public DateOnly? LastDeliveredOn { get; set; }
}
