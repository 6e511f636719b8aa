namespace FormEngine.Workflows.Cases;

/// <summary>
/// Puts a case in a queue (a group at a mottagning) where ärendemottagare and ärendehanterare pick it up.
/// Implemented by the host; <see cref="InMemoryCases"/> for engine tests and the CLI.
/// </summary>
public interface ICaseQueues
{
    /// <param name="clinicKey">The clinic to route to; null or empty keeps the case's current clinic (forwarding gives another).</param>
    /// <param name="queueKey">A queue of that clinic; null or empty means the clinic's default queue.</param>
    ValueTask<QueueRouting> RouteAsync(string caseId, string? clinicKey, string? queueKey, CancellationToken cancellationToken = default);
}

/// <summary>How a routing went. A missing queue is an expected answer (the workflow decides), not an exception.</summary>
public enum QueueRouting
{
    Routed,
    NoSuchQueue,
}
