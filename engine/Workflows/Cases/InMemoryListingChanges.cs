namespace FormEngine.Workflows.Cases;

/// <summary>
/// Listing requests in memory for engine tests and the CLI: what each case asked for is set up front, and every
/// registration is recorded. A case asked nothing of is refused.
/// </summary>
public sealed class InMemoryListingChanges : IListingChanges
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, ListingChange> _requests = new(StringComparer.Ordinal);
    private readonly List<(string CaseId, ListingChange.Registered Listing)> _registered = [];

    /// <summary>The case asks to be listed at the clinic from the date.</summary>
    public InMemoryListingChanges Request(string caseId, string clinicKey, string clinicName, DateOnly effectiveFrom)
    {
        lock (_lock) _requests[caseId] = new ListingChange.Registered(clinicKey, clinicName, effectiveFrom);
        return this;
    }

    /// <summary>The case's request will be refused with the reason.</summary>
    public InMemoryListingChanges Refuse(string caseId, string reason)
    {
        lock (_lock) _requests[caseId] = new ListingChange.Refused(reason);
        return this;
    }

    /// <summary>Every registration, in order (a repeated case appears once).</summary>
    public IReadOnlyList<(string CaseId, ListingChange.Registered Listing)> Registered { get { lock (_lock) return [.. _registered]; } }

    /// <summary>The fields the last call named.</summary>
    public ListingRequestFields? LastFields { get; private set; }

    public ValueTask<ListingChange> RegisterAsync(string caseId, ListingRequestFields fields, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            LastFields = fields;
            var change = _requests.GetValueOrDefault(caseId) ?? new ListingChange.Refused("Det finns ingen begäran om vårdval i ärendet.");
            if (change is ListingChange.Registered registered && !_registered.Exists(r => r.CaseId == caseId))
                _registered.Add((caseId, registered));
            return ValueTask.FromResult(change);
        }
    }
}
