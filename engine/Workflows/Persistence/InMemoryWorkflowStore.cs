using FormEngine.Workflows.Runtime;

namespace FormEngine.Workflows.Persistence;

/// <summary>
/// <see cref="IWorkflowStore"/> in memory, for the CLI and tests: the same rules as the database stores
/// (revision checks, bookmark and stimulus consumption, timer claims, lookups by index), under one lock.
/// Everything handed in or out is a copy, so callers never share mutable state with the store.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string, int), StoredDefinition> _definitions = [];
    private readonly Dictionary<string, WorkflowInstance> _instances = [];
    private readonly Dictionary<string, Bookmark> _bookmarks = [];
    private readonly Dictionary<string, HashSet<string>> _bookmarksByHash = [];
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> _claims = [];
    private readonly Dictionary<string, QueuedStimulus> _stimuli = [];

    public Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var key = (definition.DefinitionId, definition.Version);
            if (_definitions.TryGetValue(key, out var existing) && existing.ContentHash != definition.ContentHash)
                throw new InvalidOperationException($"Workflow {definition.DefinitionId} version {definition.Version} is already stored with other content: raise the version.");
            _definitions.TryAdd(key, definition);
        }
        return Task.CompletedTask;
    }

    public Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_definitions.GetValueOrDefault((definitionId, version)));
    }

    public Task<StoredDefinition?> FindLatestDefinitionAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_definitions.Values.Where(d => d.DefinitionId == definitionId).MaxBy(d => d.Version));
    }

    public Task<WorkflowInstance?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_instances.GetValueOrDefault(instanceId)?.Clone());
    }

    public Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult(_bookmarks.GetValueOrDefault(bookmarkId));
    }

    public Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<Bookmark> found = _bookmarksByHash.TryGetValue(hash, out var ids)
                ? [.. ids.Select(id => _bookmarks[id]).Where(b => b.CorrelationId == correlationId).OrderBy(b => b.CreatedAt)]
                : [];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<Bookmark>> FindBookmarksOfInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_lock) return Task.FromResult<IReadOnlyList<Bookmark>>([.. _bookmarks.Values.Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt)]);
    }

    public Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>([.. _bookmarks.Values
                .Where(b => b.ResumeAt is { } at && at <= now && !(_claims.TryGetValue(b.Id, out var claim) && claim.Until > now))
                .OrderBy(b => b.ResumeAt).Take(max)]);
        }
    }

    public Task<bool> TryClaimTimerAsync(string bookmarkId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_bookmarks.ContainsKey(bookmarkId)) return Task.FromResult(false);
            if (_claims.TryGetValue(bookmarkId, out var claim) && claim.Until > now && claim.Owner != owner) return Task.FromResult(false);
            _claims[bookmarkId] = (owner, until);
            return Task.FromResult(true);
        }
    }

    public Task EnqueueStimulusAsync(QueuedStimulus stimulus, CancellationToken cancellationToken = default)
    {
        lock (_lock) _stimuli[stimulus.Id] = stimulus;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<QueuedStimulus>> FindQueuedStimuliAsync(string hash, string? correlationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<QueuedStimulus>>([.. _stimuli.Values.Where(s => s.Hash == hash && s.CorrelationId == correlationId).OrderBy(s => s.ReceivedAt)]);
    }

    public Task CommitAsync(WorkflowCommit commit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var instance = commit.Instance;
            var stored = _instances.GetValueOrDefault(instance.Id);
            if (commit.ExpectedRevision is null ? stored is not null : stored?.Revision != commit.ExpectedRevision)
                throw new WorkflowConflictException($"Workflow instance {instance.Id} was changed by another runtime (expected revision {commit.ExpectedRevision?.ToString() ?? "none"}, found {stored?.Revision.ToString() ?? "none"}).");
            if (commit.ConsumedBookmarkId is { } consumed && !_bookmarks.ContainsKey(consumed))
                throw new WorkflowConflictException($"Bookmark {consumed} was already resumed.");
            foreach (var id in commit.ConsumedStimulusIds)
                if (!_stimuli.ContainsKey(id)) throw new WorkflowConflictException($"Stimulus {id} was already used.");
            instance.Revision = (commit.ExpectedRevision ?? 0) + 1;
            _instances[instance.Id] = instance.Clone();
            foreach (var id in commit.ConsumedStimulusIds) _stimuli.Remove(id);
            foreach (var old in _bookmarks.Values.Where(b => b.InstanceId == instance.Id).ToList()) RemoveBookmark(old);
            foreach (var bookmark in commit.Bookmarks) AddBookmark(bookmark);
            foreach (var claimed in _claims.Keys.Where(id => !_bookmarks.ContainsKey(id)).ToList()) _claims.Remove(claimed);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WorkflowInstance>> FindFaultedAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WorkflowInstance>>([.. _instances.Values.Where(i => i.SubStatus == WorkflowSubStatus.Faulted)
                .OrderByDescending(i => i.UpdatedAt).Take(max).Select(i => i.Clone())]);
    }

    public Task<IReadOnlyList<WorkflowInstance>> FindInterruptedAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<WorkflowInstance>>([.. _instances.Values
                .Where(i => i.Status == WorkflowStatus.Running && i.SubStatus is WorkflowSubStatus.Pending or WorkflowSubStatus.Executing)
                .OrderBy(i => i.UpdatedAt).Take(max).Select(i => i.Clone())]);
    }

    private void AddBookmark(Bookmark bookmark)
    {
        _bookmarks[bookmark.Id] = bookmark;
        if (!_bookmarksByHash.TryGetValue(bookmark.Hash, out var ids)) _bookmarksByHash[bookmark.Hash] = ids = [];
        ids.Add(bookmark.Id);
    }

    private void RemoveBookmark(Bookmark bookmark)
    {
        _bookmarks.Remove(bookmark.Id);
        if (_bookmarksByHash.TryGetValue(bookmark.Hash, out var ids) && ids.Remove(bookmark.Id) && ids.Count == 0) _bookmarksByHash.Remove(bookmark.Hash);
    }
}
