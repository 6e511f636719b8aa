namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// One listing (vårdval) in the region's listing register as FormEngine keeps it: the resident is listed at the
/// vårdcentral from <see cref="EffectiveFrom"/> until a later listing takes effect. A listing whose date has not
/// come yet is a pending change; a resident has at most one.
/// </summary>
public sealed class ListingRecord
{
    public required string Id { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public required string ClinicKey { get; set; }
    public required string RegionKey { get; set; }
    /// <summary>The Swedish date the listing takes effect.</summary>
    public DateOnly EffectiveFrom { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    /// <summary>The vårdval case that asked for it; null for listings from elsewhere (the demo seed, the region).</summary>
    public string? CaseId { get; set; }
}
