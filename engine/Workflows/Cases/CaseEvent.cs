namespace FormEngine.Workflows.Cases;

/// <summary>One recorded effect: a route (<c>clinic/queue</c>), a status, a message text, a notification text or a closing reason.</summary>
public sealed record CaseEvent(string CaseId, CaseEventKind Kind, string Detail, string? MessageId = null)
{
    public override string ToString() => $"{Kind}: {Detail}";
}

public enum CaseEventKind
{
    Routed,
    NoSuchQueue,
    Status,
    Information,
    Question,
    Notification,
    Closed,
}

public sealed record CaseSnapshot(string CaseId, string? ClinicKey, string? QueueKey, string? Status, string? ClosedReason);
