namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// A case (ärende): what the resident sent (or staff started), where it is routed, its status, and who works on
/// it. <see cref="Revision"/> is the concurrency token: two staff acting at once, one wins.
/// </summary>
public sealed class CaseRecord
{
    public required string Id { get; set; }
    /// <summary>The reference shown on the receipt and in the inbox, e.g. "FE-4K7Q-2M9D".</summary>
    public required string Reference { get; set; }
    /// <summary>The person the case is about.</summary>
    public required string ResidentPersonnummer { get; set; }
    /// <summary>Who started it: the resident, a guardian as ombud (their personnummer), or staff (HSA-id).</summary>
    public required string StartedBy { get; set; }
    public required CaseStarter StartedByKind { get; set; }
    public required string RegionKey { get; set; }
    public required string ClinicKey { get; set; }
    public string? QueueKey { get; set; }
    /// <summary>The ärendehanterare it is distributed to (HSA-id); null while unassigned or given to a group.</summary>
    public string? AssignedTo { get; set; }
    /// <summary>
    /// When an ärendemottagare distributed the case (to a handler or a group); null while it waits unassigned in its
    /// clinic's inbox. Routing (a new case, a resident's reply, forwarding) clears it again.
    /// </summary>
    public DateTimeOffset? DistributedAt { get; set; }
    public required string FormKey { get; set; }
    public required int FormVersion { get; set; }
    /// <summary>The standard category (ärendetyp) for statistics, e.g. fornya-recept.</summary>
    public required string Category { get; set; }
    public required string FlowType { get; set; }
    public required string Title { get; set; }
    public required string Status { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public required DateTimeOffset UpdatedAt { get; set; }
    /// <summary>The reply-time target: end of the last Swedish working day of the form's reply time.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedReason { get; set; }
    public string? WorkflowDefinitionId { get; set; }
    public string? WorkflowInstanceId { get; set; }
    public long Revision { get; set; }
}

public enum CaseStarter
{
    Resident,
    Ombud,
    Staff,
}
