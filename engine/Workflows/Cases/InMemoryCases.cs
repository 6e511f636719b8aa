namespace FormEngine.Workflows.Cases;

/// <summary>
/// Every case service in memory, recording what the workflow did, in order, for engine tests and the CLI.
/// Clinics and their queues are configured up front (the first queue of a clinic is its default).
/// </summary>
public sealed class InMemoryCases : ICaseQueues, ICaseStatuses, IResidentMessages, INotificationOutbox, ICaseClosing
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<string>> _queuesByClinic = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CaseState> _cases = new(StringComparer.Ordinal);
    private readonly List<CaseEvent> _events = [];
    private int _messageCount;

    public InMemoryCases AddClinic(string clinicKey, params string[] queueKeys)
    {
        if (queueKeys.Length == 0) throw new ArgumentException("A clinic needs at least its default queue.", nameof(queueKeys));
        lock (_lock) _queuesByClinic[clinicKey] = [.. queueKeys];
        return this;
    }

    public InMemoryCases AddCase(string caseId, string clinicKey)
    {
        lock (_lock) _cases[caseId] = new CaseState { ClinicKey = clinicKey };
        return this;
    }

    /// <summary>Everything that happened, in order.</summary>
    public IReadOnlyList<CaseEvent> Events { get { lock (_lock) return [.. _events]; } }

    public IReadOnlyList<CaseEvent> EventsOf(string caseId) => [.. Events.Where(e => e.CaseId == caseId)];

    public CaseSnapshot? Find(string caseId)
    {
        lock (_lock)
            return _cases.TryGetValue(caseId, out var c) ? new CaseSnapshot(caseId, c.ClinicKey, c.QueueKey, c.Status, c.ClosedReason) : null;
    }

    public ValueTask<QueueRouting> RouteAsync(string caseId, string? clinicKey, string? queueKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var state = _cases.GetValueOrDefault(caseId);
            var clinic = string.IsNullOrEmpty(clinicKey) ? state?.ClinicKey : clinicKey;
            if (clinic is null || !_queuesByClinic.TryGetValue(clinic, out var queues)
                || (!string.IsNullOrEmpty(queueKey) && !queues.Contains(queueKey)))
            {
                Record(caseId, CaseEventKind.NoSuchQueue, $"{clinicKey}/{queueKey}");
                return ValueTask.FromResult(QueueRouting.NoSuchQueue);
            }
            var queue = string.IsNullOrEmpty(queueKey) ? queues[0] : queueKey;
            state ??= _cases[caseId] = new CaseState { ClinicKey = clinic };
            state.ClinicKey = clinic;
            state.QueueKey = queue;
            Record(caseId, CaseEventKind.Routed, $"{clinic}/{queue}");
            return ValueTask.FromResult(QueueRouting.Routed);
        }
    }

    public ValueTask SetStatusAsync(string caseId, string status, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            StateOf(caseId).Status = status;
            Record(caseId, CaseEventKind.Status, status);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask<string> SendAsync(string caseId, string kind, string text, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var id = $"msg-{++_messageCount}";
            Record(caseId, kind == ResidentMessageKind.Question ? CaseEventKind.Question : CaseEventKind.Information, text, id);
            return ValueTask.FromResult(id);
        }
    }

    public ValueTask EnqueueAsync(string caseId, string text, CancellationToken cancellationToken = default)
    {
        lock (_lock) Record(caseId, CaseEventKind.Notification, text);
        return ValueTask.CompletedTask;
    }

    public ValueTask CloseAsync(string caseId, string reason, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var state = StateOf(caseId);
            state.Status = CaseStatus.Avslutad;
            state.ClosedReason = reason;
            Record(caseId, CaseEventKind.Closed, reason);
        }
        return ValueTask.CompletedTask;
    }

    private CaseState StateOf(string caseId) =>
        _cases.TryGetValue(caseId, out var state) ? state : _cases[caseId] = new CaseState();

    private void Record(string caseId, CaseEventKind kind, string detail, string? messageId = null) =>
        _events.Add(new CaseEvent(caseId, kind, detail, messageId));

    private sealed class CaseState
    {
        public string? ClinicKey { get; set; }
        public string? QueueKey { get; set; }
        public string? Status { get; set; }
        public string? ClosedReason { get; set; }
    }
}
