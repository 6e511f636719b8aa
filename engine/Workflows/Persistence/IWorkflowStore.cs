using FormEngine.Workflows.Runtime;

namespace FormEngine.Workflows.Persistence;

/// <summary>
/// Durable state of the workflow runtime. Implementations: <c>InMemoryWorkflowStore</c> (engine: CLI and
/// engine tests) and the EF Core store for SQLite and PostgreSQL (host/). One compliance suite runs against
/// every implementation. Every method is safe to call from several runtimes on one database at once.
/// </summary>
public interface IWorkflowStore
{
    /// <summary>Keeps a definition version (its JSON as published) so instances stay pinned to it; same content again is a no-op.</summary>
    Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken cancellationToken = default);

    Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default);

    /// <summary>The highest published version of a definition.</summary>
    Task<StoredDefinition?> FindLatestDefinitionAsync(string definitionId, CancellationToken cancellationToken = default);

    Task<WorkflowInstance?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks waiting for a stimulus, by index on (hash, correlation id): never a scan over instances.</summary>
    Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Bookmark>> FindBookmarksOfInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Timer bookmarks due at <paramref name="now"/> that no other runtime holds a live claim on, oldest first.</summary>
    Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims a due timer for <paramref name="owner"/> until <paramref name="until"/>; true for exactly one
    /// caller while the claim lasts. A runtime that dies leaves the claim to expire, so the timer still fires.
    /// </summary>
    Task<bool> TryClaimTimerAsync(string bookmarkId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Keeps a stimulus that arrived before any bookmark matched it, so that it is not lost.</summary>
    Task EnqueueStimulusAsync(QueuedStimulus stimulus, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QueuedStimulus>> FindQueuedStimuliAsync(string hash, string? correlationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically: saves the instance if its stored revision is still <see cref="WorkflowCommit.ExpectedRevision"/>
    /// (null: it must be new), removes the consumed bookmark and stimuli (each must still exist), replaces the
    /// instance's bookmarks with <see cref="WorkflowCommit.Bookmarks"/>. The store sets the instance's
    /// <see cref="WorkflowInstance.Revision"/> to the expected revision + 1 (1 for a new instance). Throws
    /// <see cref="WorkflowConflictException"/> and changes nothing when another writer got there first.
    /// On SQLite the commit is durable (<c>synchronous=FULL</c>) before this returns.
    /// </summary>
    Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default);

    /// <summary>Instances with open incidents (status Faulted), newest first, for the admin page.</summary>
    Task<IReadOnlyList<WorkflowInstance>> FindFaultedAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Running instances that are not suspended on a bookmark (crashed mid-run), for recovery at start-up.</summary>
    Task<IReadOnlyList<WorkflowInstance>> FindInterruptedAsync(int max, CancellationToken cancellationToken = default);
}

/// <summary>A published definition version as stored.</summary>
public sealed record StoredDefinition(string DefinitionId, int Version, string Json, string ContentHash, DateTimeOffset PublishedAt);

/// <summary>A stimulus that found no bookmark yet (e.g. a reply that raced ahead of the workflow's commit).</summary>
public sealed record QueuedStimulus(string Id, string Name, string Hash, string? CorrelationId, string? InputJson, DateTimeOffset ReceivedAt);

/// <param name="ExpectedRevision">The revision the change was made from; null when the instance is new.</param>
/// <param name="ConsumedBookmarkId">The bookmark this run resumed, if any; the commit fails if it is already gone.</param>
/// <param name="ConsumedStimulusIds">Queued stimuli this run used up.</param>
/// <param name="Bookmarks">The instance's bookmarks after this run (all others of the instance are removed).</param>
public sealed record WorkflowCommit(
    WorkflowInstance Instance,
    long? ExpectedRevision,
    string? ConsumedBookmarkId,
    IReadOnlyList<string> ConsumedStimulusIds,
    IReadOnlyList<Bookmark> Bookmarks);

/// <summary>Another runtime changed the instance or consumed the bookmark first; the caller's work is void.</summary>
public sealed class WorkflowConflictException(string message) : Exception(message);
