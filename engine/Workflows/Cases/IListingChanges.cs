namespace FormEngine.Workflows.Cases;

/// <summary>
/// The region's listing register as a vårdval case sees it: registers the listing the case's resident asked for
/// in the case's submission. Implemented by the host on its register (<see cref="InMemoryListingChanges"/> for
/// engine tests). Must be safe to repeat for one case: a workflow may run the step again after a crash.
/// </summary>
public interface IListingChanges
{
    /// <param name="fields">Where in the submission's answers the chosen vårdcentral and the effective date are.</param>
    ValueTask<ListingChange> RegisterAsync(string caseId, ListingRequestFields fields, CancellationToken cancellationToken = default);
}

/// <summary>The answer paths of the vårdval form, as the workflow names them.</summary>
public sealed record ListingRequestFields(string Clinic, string EffectiveFrom);

/// <summary>How a listing request went. A refusal is an expected answer (the workflow tells the resident), not an exception.</summary>
public abstract record ListingChange
{
    private ListingChange() { }

    /// <summary>The resident is listed at the clinic from <paramref name="EffectiveFrom"/> (a Swedish date).</summary>
    public sealed record Registered(string ClinicKey, string ClinicName, DateOnly EffectiveFrom) : ListingChange;

    /// <summary>Nothing was registered; <paramref name="Reason"/> is a Swedish sentence for the resident, free of health data.</summary>
    public sealed record Refused(string Reason) : ListingChange;
}
