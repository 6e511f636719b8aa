using System.Diagnostics;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;

namespace FormEngine.WorkflowBenchmarks.Runtime;

/// <summary>
/// Counts the store calls a phase makes and the time callers spent waiting in commits and in reads: where a
/// start or resume spends its time, next to the time it takes end to end.
/// </summary>
public sealed class TimedStore(IWorkflowStore inner) : IWorkflowStore
{
    private long _commits, _commitTicks, _reads, _readTicks;

    public StoreTimes Snapshot() => new(
        Interlocked.Read(ref _commits), Ticks(Interlocked.Read(ref _commitTicks)),
        Interlocked.Read(ref _reads), Ticks(Interlocked.Read(ref _readTicks)));

    private static TimeSpan Ticks(long stopwatchTicks) => TimeSpan.FromSeconds(stopwatchTicks / (double)Stopwatch.Frequency);

    // A delegate, not a task: Microsoft.Data.Sqlite does its work synchronously inside the async call.
    private async Task<T> Read<T>(Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try { return await call(); }
        finally
        {
            Interlocked.Increment(ref _reads);
            Interlocked.Add(ref _readTicks, Stopwatch.GetTimestamp() - started);
        }
    }

    public async Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try { await inner.CommitAsync(commit, cancellationToken); }
        finally
        {
            Interlocked.Increment(ref _commits);
            Interlocked.Add(ref _commitTicks, Stopwatch.GetTimestamp() - started);
        }
    }

    public Task<WorkflowInstance?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken = default) => Read(() => inner.FindInstanceAsync(instanceId, cancellationToken));
    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) => Read(() => inner.FindBookmarkAsync(bookmarkId, cancellationToken));
    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, CancellationToken cancellationToken = default) => Read(() => inner.FindBookmarksAsync(hash, correlationId, cancellationToken));
    public Task<IReadOnlyList<Bookmark>> FindBookmarksOfInstanceAsync(string instanceId, CancellationToken cancellationToken = default) => Read(() => inner.FindBookmarksOfInstanceAsync(instanceId, cancellationToken));
    public Task<IReadOnlyList<QueuedStimulus>> FindQueuedStimuliAsync(string hash, string? correlationId, CancellationToken cancellationToken = default) => Read(() => inner.FindQueuedStimuliAsync(hash, correlationId, cancellationToken));
    public Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default) => Read(() => inner.FindDefinitionAsync(definitionId, version, cancellationToken));
    public Task<StoredDefinition?> FindLatestDefinitionAsync(string definitionId, CancellationToken cancellationToken = default) => Read(() => inner.FindLatestDefinitionAsync(definitionId, cancellationToken));

    public Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken cancellationToken = default) => inner.SaveDefinitionAsync(definition, cancellationToken);
    public Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) => inner.FindDueTimersAsync(now, max, cancellationToken);
    public Task<bool> TryClaimTimerAsync(string bookmarkId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) => inner.TryClaimTimerAsync(bookmarkId, owner, now, until, cancellationToken);
    public Task EnqueueStimulusAsync(QueuedStimulus stimulus, CancellationToken cancellationToken = default) => inner.EnqueueStimulusAsync(stimulus, cancellationToken);
    public Task<IReadOnlyList<WorkflowInstance>> FindFaultedAsync(int max, CancellationToken cancellationToken = default) => inner.FindFaultedAsync(max, cancellationToken);
    public Task<IReadOnlyList<WorkflowInstance>> FindInterruptedAsync(int max, CancellationToken cancellationToken = default) => inner.FindInterruptedAsync(max, cancellationToken);
}

/// <summary>Store calls and the time spent in them, summed over all concurrent callers.</summary>
public sealed record StoreTimes(long Commits, TimeSpan CommitTime, long Reads, TimeSpan ReadTime)
{
    public StoreTimes Since(StoreTimes earlier) =>
        new(Commits - earlier.Commits, CommitTime - earlier.CommitTime, Reads - earlier.Reads, ReadTime - earlier.ReadTime);
}
