using FormEngine.Persistence;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Host.Cases;

/// <summary>A pending outbox row this process holds; <see cref="ExistingInstanceId"/> when its workflow already runs.</summary>
public sealed record WorkflowStartClaim(string CaseId, string DefinitionId, string Inputs, int Attempts, string Token,
    DateTimeOffset StartBy, DateTimeOffset Until, string? ExistingInstanceId);

/// <summary>
/// Who may start a case's workflow, across every host on the database. A dispatcher claims pending rows with one
/// conditional UPDATE (not started, no live claim) that writes its own claim token and a lease, so of two hosts
/// racing for a row exactly one gets it. Only after claiming does it look for an instance correlated with the case:
/// a claim from an earlier holder (a host that died mid-start) has expired by then, and that holder's start was
/// bounded to finish its commits long before the expiry (<see cref="StartWindow"/>), so an instance it created is
/// visible and is reused instead of started again. A failed start keeps the claim until its backoff has passed, so
/// the backoff holds for every host.
/// </summary>
public sealed class WorkflowStartClaims(IDbContextFactory<PortalDbContext> portal, IDbContextFactory<WorkflowDbContext> workflows, TimeProvider clock)
{
    /// <summary>How long a claim excludes other hosts. A host that stopped mid-start leaves rows that others take after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// A start must begin within this of the claim and is cancelled at its end. The rest of the lease covers a commit
    /// already on its way when the start is cancelled (bounded by the database's busy and command timeouts) and the
    /// clock difference between hosts.
    /// </summary>
    public static readonly TimeSpan StartWindow = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(10);

    // Process-unique, so the claim token also says which host holds a row (for whoever looks at the table).
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Frees claims held by a process of this machine that is no longer running (killed mid-start): a dead process
    /// commits nothing more, so waiting out its lease would only delay those cases. Claims of live processes and of
    /// other machines are left to their leases. Returns how many claims were freed.
    /// </summary>
    public async Task<int> ReleaseAbandonedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        var held = await db.WorkflowStarts.AsNoTracking()
            .Where(w => w.StartedAt == null && w.ClaimedBy != null && w.ClaimedUntil > now)
            .Select(w => new { w.CaseId, w.ClaimedBy }).ToListAsync(cancellationToken);
        var abandoned = held.Where(h => HeldByDeadLocalProcess(h.ClaimedBy!)).Select(h => h.CaseId).ToList();
        if (abandoned.Count == 0) return 0;
        return await db.WorkflowStarts.Where(w => abandoned.Contains(w.CaseId) && w.StartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimedBy, (string?)null).SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
    }

    private static bool HeldByDeadLocalProcess(string token)
    {
        var parts = token.Split(':');
        if (parts.Length < 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out var pid)) return false;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }

    /// <summary>The oldest rows that wait for a start and that nobody holds (claimed rows and rows in backoff are left out).</summary>
    public async Task<List<string>> PendingAsync(int max, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        return await db.WorkflowStarts.AsNoTracking()
            .Where(w => w.StartedAt == null && (w.ClaimedUntil == null || w.ClaimedUntil <= now))
            .OrderBy(w => w.CreatedAt).Select(w => w.CaseId).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Claims those of the rows that are still pending and free; the others are started (or held) elsewhere.</summary>
    public async Task<List<WorkflowStartClaim>> ClaimAsync(IReadOnlyCollection<string> caseIds, CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0) return [];
        var ids = caseIds.ToList();
        var now = clock.GetUtcNow();
        var until = now + Lease;
        var token = $"{_owner}/{Guid.NewGuid().ToString("N")[..12]}";
        List<WorkflowStartRequest> rows;
        await using (var db = await portal.CreateDbContextAsync(cancellationToken))
        {
            var claimed = await db.WorkflowStarts
                .Where(w => ids.Contains(w.CaseId) && w.StartedAt == null && (w.ClaimedUntil == null || w.ClaimedUntil <= now))
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimedBy, token).SetProperty(w => w.ClaimedUntil, until)
                    .SetProperty(w => w.Attempts, w => w.Attempts + 1), cancellationToken);
            if (claimed == 0) return [];
            rows = await db.WorkflowStarts.AsNoTracking().Where(w => ids.Contains(w.CaseId) && w.ClaimedBy == token).ToListAsync(cancellationToken);
        }
        var existing = await ExistingInstancesAsync(rows.Select(r => r.CaseId).ToList(), cancellationToken);
        return rows.Select(r => new WorkflowStartClaim(r.CaseId, r.DefinitionId, r.Inputs, r.Attempts, token, now + StartWindow, until,
            existing.GetValueOrDefault(r.CaseId))).ToList();
    }

    /// <summary>Gives a claim back unused (the start never began), so any host may take the row at once.</summary>
    public async Task ReleaseAsync(WorkflowStartClaim claim, CancellationToken cancellationToken)
    {
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        await db.WorkflowStarts.Where(w => w.CaseId == claim.CaseId && w.ClaimedBy == claim.Token && w.StartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(w => w.Attempts, w => w.Attempts - 1), cancellationToken);
    }

    /// <summary>
    /// Records the failure and keeps the row claimed for the backoff; returns when it may be tried again. A start that
    /// failed may have sent its instance's commit all the same (a broken connection, the deadline), so unless the
    /// instance is known (<paramref name="instanceKnown"/>) the claim also keeps its whole lease: the next holder's
    /// check for an existing instance must come after any such commit.
    /// </summary>
    public async Task<DateTimeOffset> FailedAsync(WorkflowStartClaim claim, Exception error, bool instanceKnown, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(claim.Attempts, 20))));
        var message = $"{error.GetType().Name}: {error.Message}";
        var lastError = message.Length > 2000 ? message[..2000] : message;
        var retryAt = clock.GetUtcNow() + delay;
        if (!instanceKnown && retryAt < claim.Until) retryAt = claim.Until;
        await using var db = await portal.CreateDbContextAsync(cancellationToken);
        await db.WorkflowStarts.Where(w => w.CaseId == claim.CaseId && w.ClaimedBy == claim.Token && w.StartedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.LastError, lastError).SetProperty(w => w.ClaimedUntil, retryAt), cancellationToken);
        return retryAt;
    }

    /// <summary>The first instance correlated with each case, for the cases that have one.</summary>
    private async Task<Dictionary<string, string>> ExistingInstancesAsync(List<string> caseIds, CancellationToken cancellationToken)
    {
        if (caseIds.Count == 0) return [];
        List<string?> correlations = [.. caseIds];
        await using var db = await workflows.CreateDbContextAsync(cancellationToken);
        var instances = await db.Instances.AsNoTracking().Where(i => correlations.Contains(i.CorrelationId))
            .Select(i => new { i.CorrelationId, i.Id, i.CreatedAt }).ToListAsync(cancellationToken);
        return instances.OrderBy(i => i.CreatedAt).GroupBy(i => i.CorrelationId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
    }
}
