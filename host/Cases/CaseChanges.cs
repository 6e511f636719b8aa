using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>
/// How the workflow's effects change a case: load, change, bump <see cref="CaseRecord.Revision"/>, save. A staff
/// action or another activity may have changed the case in between (the revision is a concurrency token); the
/// workflow's effect must still happen, so it is applied again to the fresh row rather than failing the activity.
/// A change that finds nothing to do saves nothing, which is what makes a repeated activity harmless.
/// </summary>
public sealed class CaseChanges(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    private const int MaxAttempts = 20;

    /// <param name="change">Changes the tracked case (and may add rows to the context); returns its result.</param>
    public async Task<T> ApplyAsync<T>(string caseId, Func<PortalDbContext, CaseRecord, DateTimeOffset, Task<T>> change,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var record = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                ?? throw new InvalidOperationException($"There is no case '{caseId}'.");
            var now = clock.GetUtcNow();
            var result = await change(db, record, now);
            db.ChangeTracker.DetectChanges();
            if (!db.ChangeTracker.HasChanges()) return result;
            record.Revision++;
            record.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Someone else changed the case first: read it again and re-apply.
            }
        }
    }
}
