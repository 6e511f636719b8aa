using FormEngine.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence;

public sealed partial class EfWorkflowStore
{
    public async Task SaveDefinitionAsync(StoredDefinition definition, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike): two hosts publishing the same version both succeed.
        var inserted = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO workflow_definitions (definition_id, version, json, content_hash, published_at)
            VALUES ({definition.DefinitionId}, {definition.Version}, {definition.Json}, {definition.ContentHash}, {definition.PublishedAt.UtcTicks})
            ON CONFLICT (definition_id, version) DO NOTHING
            """, cancellationToken);
        if (inserted == 1) return;
        var stored = await db.Definitions.AsNoTracking()
            .SingleAsync(d => d.DefinitionId == definition.DefinitionId && d.Version == definition.Version, cancellationToken);
        // A published version is what running instances are pinned to: other content needs a new version.
        if (stored.ContentHash != definition.ContentHash)
            throw new InvalidOperationException(
                $"Definition '{definition.DefinitionId}' version {definition.Version} is already published with other content; publish a new version.");
    }

    public async Task<bool> TryClaimTimerAsync(string bookmarkId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One conditional UPDATE: the database serialises racing claimers on the row, and only one sees a free claim
        // (or its own, which it may extend).
        var claimed = await db.Bookmarks
            .Where(b => b.Id == bookmarkId && b.ResumeAt != null && b.ResumeAt <= now
                && (b.ClaimedUntil == null || b.ClaimedUntil < now || b.ClaimedBy == owner))
            .ExecuteUpdateAsync(set => set
                .SetProperty(b => b.ClaimedBy, owner)
                .SetProperty(b => b.ClaimedUntil, until), cancellationToken);
        return claimed == 1;
    }

    public async Task EnqueueStimulusAsync(QueuedStimulus stimulus, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Stimuli.Add(RecordMapping.ToRecord(stimulus));
        await db.SaveChangesAsync(cancellationToken);
    }
}
