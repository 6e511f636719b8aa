using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.EndToEnd.Tests.Durability;

/// <summary>What a SQLite file holds about cases, read directly (with the host stopped or running) through the
/// same EF models the host writes with.</summary>
public sealed class PortalFile(string databaseFile)
{
    private string ConnectionString => $"Data Source={databaseFile}";

    public sealed record CaseState(int Cases, int Submissions, string Reference, bool OutboxStarted, string? InstanceId, bool InstanceExists,
        int StartAttempts = 0, string? StartError = null, DateTimeOffset? ClaimedUntil = null);

    public async Task<CaseState> CaseAsync(string caseId)
    {
        try
        {
            await using var portal = new PortalDbContext(SqliteWorkflowStore.PortalOptions(ConnectionString));
            var cases = await portal.Cases.AsNoTracking().Where(c => c.Id == caseId).ToListAsync();
            var submissions = await portal.Submissions.AsNoTracking().CountAsync(s => s.CaseId == caseId && s.MessageId == null);
            var start = await portal.WorkflowStarts.AsNoTracking().FirstOrDefaultAsync(w => w.CaseId == caseId);
            var instanceId = cases.FirstOrDefault()?.WorkflowInstanceId;
            await using var workflows = new WorkflowDbContext(SqliteWorkflowStore.Options(ConnectionString));
            var instanceExists = instanceId is not null && await workflows.Instances.AsNoTracking().AnyAsync(i => i.Id == instanceId);
            return new CaseState(cases.Count, submissions, cases.FirstOrDefault()?.Reference ?? "", start?.StartedAt is not null, instanceId, instanceExists,
                start?.Attempts ?? 0, start?.LastError, start?.ClaimedUntil);
        }
        finally
        {
            SqliteConnection.ClearAllPools(); // leave no open handle on the file for the next host
        }
    }

    /// <summary>Submissions per idempotency key of one resident: more than one would be a double submission.</summary>
    public async Task<int> MaxSubmissionsPerKeyAsync()
    {
        try
        {
            await using var portal = new PortalDbContext(SqliteWorkflowStore.PortalOptions(ConnectionString));
            var counts = await portal.Submissions.AsNoTracking().Where(s => s.MessageId == null)
                .GroupBy(s => new { s.SubmittedBy, s.IdempotencyKey }).Select(g => g.Count()).ToListAsync();
            return counts.DefaultIfEmpty(0).Max();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }
}
