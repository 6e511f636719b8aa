using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.Tests.Workflows.Runtime;

/// <summary>
/// A store that lets a number of commits through and then "kills the process": the next commit is saved and
/// then a <see cref="ProcessDied"/> is thrown, so the runtime that made it stops right after a commit.
/// </summary>
public sealed class CrashingStore(IWorkflowStore inner, int commitsBeforeCrash) : IWorkflowStore
{
    private int _commits;

    public sealed class ProcessDied() : Exception("The process died (simulated).");

    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        await inner.CommitAsync(commit, cancellationToken);
        if (Interlocked.Increment(ref _commits) == commitsBeforeCrash) throw new ProcessDied();
    }

    public Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken cancellationToken = default) => inner.SaveDefinitionAsync(definition, cancellationToken);
    public Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default) => inner.FindDefinitionAsync(definitionId, version, cancellationToken);
    public Task<StoredDefinition?> FindLatestDefinitionAsync(string definitionId, CancellationToken cancellationToken = default) => inner.FindLatestDefinitionAsync(definitionId, cancellationToken);
    public Task<WorkflowInstance?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken = default) => inner.FindInstanceAsync(instanceId, cancellationToken);
    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) => inner.FindBookmarkAsync(bookmarkId, cancellationToken);
    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, CancellationToken cancellationToken = default) => inner.FindBookmarksAsync(hash, correlationId, cancellationToken);
    public Task<IReadOnlyList<Bookmark>> FindBookmarksOfInstanceAsync(string instanceId, CancellationToken cancellationToken = default) => inner.FindBookmarksOfInstanceAsync(instanceId, cancellationToken);
    public Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) => inner.FindDueTimersAsync(now, max, cancellationToken);
    public Task<bool> TryClaimTimerAsync(string bookmarkId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) => inner.TryClaimTimerAsync(bookmarkId, owner, now, until, cancellationToken);
    public Task EnqueueStimulusAsync(QueuedStimulus stimulus, CancellationToken cancellationToken = default) => inner.EnqueueStimulusAsync(stimulus, cancellationToken);
    public Task<IReadOnlyList<QueuedStimulus>> FindQueuedStimuliAsync(string hash, string? correlationId, CancellationToken cancellationToken = default) => inner.FindQueuedStimuliAsync(hash, correlationId, cancellationToken);
    public Task<IReadOnlyList<WorkflowInstance>> FindFaultedAsync(int max, CancellationToken cancellationToken = default) => inner.FindFaultedAsync(max, cancellationToken);
    public Task<IReadOnlyList<WorkflowInstance>> FindInterruptedAsync(int max, CancellationToken cancellationToken = default) => inner.FindInterruptedAsync(max, cancellationToken);
}
