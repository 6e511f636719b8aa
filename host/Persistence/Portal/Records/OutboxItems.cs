namespace FormEngine.Persistence.Portal.Records;

/// <summary>
/// A workflow to start for a case, written in the same transaction as the case: the receipt depends only on that
/// commit, and a dispatcher starts the instance afterwards (again after a crash; the case id correlates it).
/// </summary>
public sealed class WorkflowStartRequest
{
    public required string CaseId { get; set; }
    public required string DefinitionId { get; set; }
    public required string Inputs { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Which dispatcher (process and claim) took the row last; only that claim may start the workflow.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds; after a failure, when the next attempt may be made (the backoff).</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}

/// <summary>A notification to send (fixed, non-sensitive text); sent once, retried until it goes.</summary>
public sealed class NotificationRecord
{
    public long Id { get; set; }
    public required string ResidentPersonnummer { get; set; }
    public string? CaseId { get; set; }
    public required string Text { get; set; }
    public required DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Why it was settled without being sent (no channel chosen, gave up); such a row is never sent.</summary>
    public string? NotSentReason { get; set; }

    /// <summary>The channels already sent on (comma-separated), so a retry after a partial failure sends only the rest.</summary>
    public string? SentChannels { get; set; }

    public string? LastError { get; set; }

    /// <summary>Which sender (process and claim) holds the row; only that claim may send it and mark it.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds; after a failure, when the next attempt may be made (the backoff).</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}
