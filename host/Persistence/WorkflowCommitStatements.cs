using FormEngine.Persistence.Records;
using FormEngine.Workflows.Persistence;
using FormEngine.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

/// <summary>
/// The statements of one <see cref="WorkflowCommit"/>. Every step another runtime could have beaten us to is a
/// conditional statement whose row count is checked: the instance write first (insert if absent, or update at the
/// expected revision), so racing commits of one instance queue on its row; then the consumed bookmark and stimuli,
/// each of which must still exist; then the instance's bookmarks are replaced.
/// </summary>
internal static class WorkflowCommitStatements
{
    /// <summary>
    /// Applies a commit inside the caller's transaction and returns the stored revision, (expected ?? 0) + 1.
    /// Throws <see cref="WorkflowConflictException"/> on the first miss; the caller rolls back.
    /// </summary>
    public static async Task<long> ApplyAsync(WorkflowDbContext db, WorkflowCommit commit, CancellationToken cancellationToken)
    {
        var instance = commit.Instance;
        CheckBookmarksBelongTo(commit);

        var revision = (commit.ExpectedRevision ?? 0) + 1;
        var record = RecordMapping.ToRecord(instance, revision);

        var saved = commit.ExpectedRevision is null
            ? await InsertInstanceAsync(db, record, cancellationToken)
            : await UpdateInstanceAsync(db, record, commit.ExpectedRevision.Value, cancellationToken);
        if (saved != 1) throw InstanceConflict(commit);

        if (commit.ConsumedBookmarkId is { } bookmarkId
            && await db.Bookmarks.Where(b => b.Id == bookmarkId).ExecuteDeleteAsync(cancellationToken) != 1)
            throw BookmarkConflict(bookmarkId);

        var stimulusIds = commit.ConsumedStimulusIds.Distinct().ToList();
        if (stimulusIds.Count > 0
            && await db.Stimuli.Where(s => stimulusIds.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken) != stimulusIds.Count)
            throw StimulusConflict(commit);

        await ReplaceBookmarksAsync(db, instance.Id, commit.Bookmarks, cancellationToken);
        return revision;
    }

    public static void CheckBookmarksBelongTo(WorkflowCommit commit)
    {
        var stray = commit.Bookmarks.FirstOrDefault(b => b.InstanceId != commit.Instance.Id);
        if (stray is not null)
            throw new ArgumentException($"Bookmark '{stray.Id}' belongs to instance '{stray.InstanceId}', not '{commit.Instance.Id}'.", nameof(commit));
    }

    public static WorkflowConflictException InstanceConflict(WorkflowCommit commit) => new(commit.ExpectedRevision is null
        ? $"Workflow instance '{commit.Instance.Id}' already exists."
        : $"Workflow instance '{commit.Instance.Id}' is no longer at revision {commit.ExpectedRevision}.");

    public static WorkflowConflictException BookmarkConflict(string bookmarkId) => new($"Bookmark '{bookmarkId}' was already consumed.");

    public static WorkflowConflictException StimulusConflict(WorkflowCommit commit) =>
        new($"A queued stimulus of instance '{commit.Instance.Id}' was already consumed.");

    /// <summary>
    /// Deletes the instance's bookmarks and inserts the new set. A timer that stays (same id) keeps its live claim,
    /// so that another runtime does not fire it while its claimer is still resuming it.
    /// </summary>
    private static async Task ReplaceBookmarksAsync(WorkflowDbContext db, string instanceId, IReadOnlyList<Bookmark> bookmarks, CancellationToken cancellationToken)
    {
        var keptIds = bookmarks.Select(b => b.Id).ToList();
        var claims = keptIds.Count == 0 ? [] : await db.Bookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId && keptIds.Contains(b.Id) && b.ClaimedUntil != null)
            .Select(b => new { b.Id, b.ClaimedBy, b.ClaimedUntil })
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        await db.Bookmarks.Where(b => b.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken);
        foreach (var bookmark in bookmarks)
        {
            var record = RecordMapping.ToRecord(bookmark);
            if (claims.TryGetValue(bookmark.Id, out var claim)) (record.ClaimedBy, record.ClaimedUntil) = (claim.ClaimedBy, claim.ClaimedUntil);
            db.Bookmarks.Add(record);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task<int> InsertInstanceAsync(WorkflowDbContext db, InstanceRecord r, CancellationToken cancellationToken) =>
        // ON CONFLICT DO NOTHING reports a lost race as 0 rows instead of an error that would abort a PostgreSQL transaction.
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO workflow_instances (id, definition_id, definition_version, status, sub_status, correlation_id, name,
                revision, created_at, updated_at, state, incidents)
            VALUES ({r.Id}, {r.DefinitionId}, {r.DefinitionVersion}, {r.Status.ToString()}, {r.SubStatus.ToString()}, {r.CorrelationId}, {r.Name},
                {r.Revision}, {r.CreatedAt.UtcTicks}, {r.UpdatedAt.UtcTicks}, {r.State}, {r.Incidents})
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);

    private static Task<int> UpdateInstanceAsync(WorkflowDbContext db, InstanceRecord r, long expectedRevision, CancellationToken cancellationToken) =>
        db.Instances
            .Where(i => i.Id == r.Id && i.Revision == expectedRevision)
            .ExecuteUpdateAsync(set => set
                .SetProperty(i => i.Status, r.Status)
                .SetProperty(i => i.SubStatus, r.SubStatus)
                .SetProperty(i => i.CorrelationId, r.CorrelationId)
                .SetProperty(i => i.Name, r.Name)
                .SetProperty(i => i.Revision, r.Revision)
                .SetProperty(i => i.UpdatedAt, r.UpdatedAt)
                .SetProperty(i => i.State, r.State)
                .SetProperty(i => i.Incidents, r.Incidents), cancellationToken);
}
