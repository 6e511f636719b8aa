using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

/// <summary>
/// The durable <see cref="IWorkflowStore"/> on EF Core (SQLite or PostgreSQL, configured by the provider projects).
/// One short-lived context per call, so one store serves many runtime threads; every write that other runtimes can
/// race is a single conditional statement whose affected-row count decides who won.
/// </summary>
public sealed partial class EfWorkflowStore(IDbContextFactory<WorkflowDbContext> contexts, GroupCommitWriter? groupCommit = null) : IWorkflowStore
{
    public async Task<StoredDefinition?> FindDefinitionAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Definitions.AsNoTracking()
            .SingleOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, cancellationToken);
        return record is null ? null : RecordMapping.ToDefinition(record);
    }

    public async Task<StoredDefinition?> FindLatestDefinitionAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return record is null ? null : RecordMapping.ToDefinition(record);
    }

    public async Task<WorkflowInstance?> FindInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return record is null ? null : RecordMapping.ToInstance(record);
    }

    public async Task<Bookmark?> FindBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.Bookmarks.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookmarkId, cancellationToken);
        return record is null ? null : RecordMapping.ToBookmark(record);
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksAsync(string hash, string? correlationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // A null correlation id matches only bookmarks without one (EF Core turns the comparison into IS NULL).
        var records = await db.Bookmarks.AsNoTracking()
            .Where(b => b.Hash == hash && b.CorrelationId == correlationId)
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(RecordMapping.ToBookmark);
    }

    public async Task<IReadOnlyList<Bookmark>> FindBookmarksOfInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Bookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId)
            .OrderBy(b => b.CreatedAt).ThenBy(b => b.Id)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(RecordMapping.ToBookmark);
    }

    public async Task<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Bookmarks.AsNoTracking()
            .Where(b => b.ResumeAt != null && b.ResumeAt <= now && (b.ClaimedUntil == null || b.ClaimedUntil < now))
            .OrderBy(b => b.ResumeAt).ThenBy(b => b.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(RecordMapping.ToBookmark);
    }

    public async Task<IReadOnlyList<QueuedStimulus>> FindQueuedStimuliAsync(string hash, string? correlationId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Stimuli.AsNoTracking()
            .Where(s => s.Hash == hash && s.CorrelationId == correlationId)
            .OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(RecordMapping.ToStimulus);
    }

    public async Task<IReadOnlyList<WorkflowInstance>> FindFaultedAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var records = await db.Instances.AsNoTracking()
            .Where(i => i.SubStatus == WorkflowSubStatus.Faulted)
            .OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(RecordMapping.ToInstance);
    }

    public async Task<IReadOnlyList<WorkflowInstance>> FindInterruptedAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Pending or Executing in the store means the runtime that ran it stopped before suspending or finishing.
        var records = await db.Instances.AsNoTracking()
            .Where(i => i.Status == WorkflowStatus.Running
                && (i.SubStatus == WorkflowSubStatus.Pending || i.SubStatus == WorkflowSubStatus.Executing))
            .OrderBy(i => i.UpdatedAt).ThenBy(i => i.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        return records.ConvertAll(RecordMapping.ToInstance);
    }
}
