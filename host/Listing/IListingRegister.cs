using FormEngine.Catalog;

namespace FormEngine.Host.Listing;

/// <summary>One listing: the resident is listed at the vårdcentral from the date until a later listing takes effect.</summary>
public sealed record ListingEntry(string Personnummer, string ClinicKey, string RegionKey, DateOnly EffectiveFrom, DateTimeOffset RegisteredAt, string? CaseId);

/// <summary>Where a resident is listed today, and the change that will take effect later, if any.</summary>
public sealed record ListingStatus(ListingEntry? Current, ListingEntry? Pending)
{
    public static readonly ListingStatus Unknown = new(null, null);
}

/// <summary>
/// The region's listing register (vårdval): where a resident is listed and since when, and registering a new
/// listing from a date. In a real region this is the region's own register (the population and listing system);
/// FormEngine's database stands in for it (<see cref="ListingRegisterOnDatabase"/>).
/// </summary>
public interface IListingRegister
{
    /// <param name="today">The Swedish date that decides what is current and what is pending.</param>
    Task<ListingStatus> StatusAsync(string personnummer, DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the resident at <paramref name="clinic"/> from <paramref name="effectiveFrom"/>. A change still pending
    /// is replaced (a resident has one pending change at most). With a <paramref name="caseId"/> the call is
    /// idempotent: the listing that case registered before is returned unchanged.
    /// </summary>
    Task<ListingEntry> RegisterAsync(string personnummer, Clinic clinic, DateOnly effectiveFrom, DateOnly today, string? caseId, CancellationToken cancellationToken = default);
}
